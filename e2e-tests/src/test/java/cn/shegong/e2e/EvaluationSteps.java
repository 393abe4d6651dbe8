package cn.shegong.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.OFFICER;
import static cn.shegong.e2e.ProcurementSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A milestone's evaluation as evaluation-service runs it, through the gateway:
 * procurement announces the milestone due (its clock moved to the due day), evaluation
 * plans it, the buyer's officer assigns Zhiping's evaluator, the agency submits its
 * self-assessment, the evaluator and the officer score the leaves left to them (the
 * automatic ones are filled from the other services' figures), and the grade goes
 * provisional, is replied to, answered and made final.
 */
final class EvaluationSteps {

	static final String EVALUATOR = "evaluator.zhiping";

	private static final String AGENCY = "staff.maqiao";

	/** Leaf maxima of the township-station scheme, version 1. */
	private static final Map<String, Integer> MAXIMA = Map.ofEntries(Map.entry("1.1.1", 8), Map.entry("1.1.2", 7),
			Map.entry("1.2.1", 5), Map.entry("1.2.2", 5), Map.entry("2.1.1", 6), Map.entry("2.1.2", 14),
			Map.entry("2.2.1", 5), Map.entry("2.2.2", 10), Map.entry("3.1.1", 16), Map.entry("3.1.2", 10),
			Map.entry("3.2.1", 10), Map.entry("3.3.1", 4));

	private EvaluationSteps() {
	}

	/** Moves procurement's clock to the milestone's due day and waits for the plan. */
	static String plannedWhenDue(String contractId, JsonNode milestone) {
		LocalDate dueOn = LocalDate.parse(milestone.get("dueOn").asString());
		long days = dueOn.toEpochDay() - ProcurementSteps.serviceToday().toEpochDay();
		if (days > 0) {
			ProcurementSteps.advanceServiceClock(Duration.ofDays(days));
		}
		// Evaluation dates its grades by its own clock; procurement pays and bans
		// from that date.
		ServiceClocks.together("procurement", "evaluation");
		String evaluationId = "ev-" + contractId + "-" + milestone.get("milestoneId").asString();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(evaluation(evaluationId), OFFICER).status() == 200);
		return evaluationId;
	}

	/**
	 * Runs the evaluation to a final grade; each hand scores {@code share} of a leaf's
	 * maximum. Returns the evaluation's public result.
	 */
	static JsonNode gradedAndFinal(String evaluationId, BigDecimal share, String financeCheck) {
		ok(Http.post(evaluation(evaluationId) + "/assignment", OFFICER, "{\"evaluatorIds\":[\"" + EVALUATOR + "\"]}"),
				200);
		assertThat(Http.getAs(evaluation(evaluationId), "staff.xiashi").status()).isEqualTo(404);
		ok(Http.post(evaluation(evaluationId) + "/self-assessment", AGENCY, """
				{"entries":{"1.2.1":{"text":"制度齐全，台账按月更新","evidenceRefs":["self-1"]},
				            "2.1.1":{"text":"服务方案按季度执行","evidenceRefs":["self-2"]}}}"""), 200);
		callbacksMade(evaluationId);
		JsonNode planned = ok(Http.getAs(evaluation(evaluationId), EVALUATOR), 200);
		assertThat(planned.at("/leavesToScore/THIRD_PARTY").toString()).as("the callbacks fill 3.2.1")
			.doesNotContain("3.2.1");
		ok(Http.post(evaluation(evaluationId) + "/score-sheets", EVALUATOR,
				sheet(planned.at("/leavesToScore/THIRD_PARTY"), share)), 200);
		ok(Http.post(evaluation(evaluationId) + "/score-sheets", OFFICER,
				sheet(planned.at("/leavesToScore/BUYER"), share)), 200);
		ok(Http.post(evaluation(evaluationId) + "/consolidation", OFFICER, "{}"), 200);
		ok(Http.post(evaluation(evaluationId) + "/provisional-grade", OFFICER,
				"{\"financeCheck\":\"" + financeCheck + "\"}"), 200);
		ok(Http.post(evaluation(evaluationId) + "/reply", AGENCY,
				"{\"text\":\"服务量统计遗漏了两次社区活动\",\"evidenceRefs\":[\"reply-1\"]}"), 200);
		Http.Response again = Http.post(evaluation(evaluationId) + "/reply", AGENCY, "{\"text\":\"再次申辩\"}");
		assertThat(again.status()).as(again.body()).isIn(409, 422);
		ok(Http.post(evaluation(evaluationId) + "/reply/answer", OFFICER, "{\"text\":\"已核实，维持初评结果\"}"), 200);
		ok(Http.post(evaluation(evaluationId) + "/finalization", OFFICER, "{}"), 200);
		return publicResult(evaluationId);
	}

	/**
	 * The anti-fraud callbacks (回访): Maqiao reports the service records behind its
	 * figures, the evaluator draws the sample (the seed is recorded and the draw re-runs
	 * the same), sees the sampled phones in clear while Maqiao sees none of them, and
	 * phones each one: all confirm, so the data-quality leaf is full.
	 */
	static void callbacksMade(String evaluationId) {
		LocalDate today = ServiceClocks.today("evaluation");
		StringJoiner records = new StringJoiner(",", "{\"records\":[", "]}");
		for (int i = 1; i <= 12; i++) {
			records.add("""
					{"beneficiaryId":"b-%03d","serviceDate":"%s","serviceType":"入户探访","summary":"独居老人探访",
					 "phone":"1380000%04d"}""".formatted(i, today.minusDays(i), i));
		}
		ok(Http.post(evaluation(evaluationId) + "/service-records", AGENCY, records.toString()), 200);
		JsonNode drawn = ok(Http.post(evaluation(evaluationId) + "/callbacks/sample", EVALUATOR, "{}"), 200);
		assertThat(drawn.get("reproducible").asBoolean()).as(drawn.toString()).isTrue();
		assertThat(drawn.get("seed").asString()).isNotBlank();
		Http.Response again = Http.post(evaluation(evaluationId) + "/callbacks/sample", EVALUATOR, "{}");
		assertThat(again.status()).as("one draw per evaluation: " + again.body()).isEqualTo(409);
		assertThat(Http.getAs(evaluation(evaluationId) + "/callbacks", AGENCY).body())
			.as("the agency does not learn who will be called")
			.doesNotContain("13800000");
		JsonNode sample = drawn.get("sample");
		assertThat(sample.size()).isEqualTo(5);
		for (JsonNode sampled : sample) {
			assertThat(sampled.toString()).as("the evaluator who calls sees the number").contains("13800000");
			ok(Http.post(evaluation(evaluationId) + "/callbacks/" + sampled.get("beneficiaryId").asString(), EVALUATOR,
					"{\"result\":\"CONFIRMED\",\"note\":\"本人确认接受入户探访\"}"), 200);
		}
		JsonNode checked = ok(Http.getAs(evaluation(evaluationId) + "/callbacks", EVALUATOR), 200);
		assertThat(checked.at("/dataQuality/confirmed").asInt()).as(checked.toString()).isEqualTo(5);
	}

	/**
	 * A final 合格 or 不合格 opens a rectification: Maqiao reports what it changed, the
	 * officer verifies it (after sending a first report back, when {@code returnFirst}).
	 * Evaluation announces {@code RectificationVerified} to procurement.
	 */
	static void rectificationVerified(String evaluationId, boolean returnFirst) {
		String rectification = "/api/evaluation/rectifications/" + evaluationId;
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(rectification, AGENCY).status() == 200);
		assertThat(ok(Http.getAs(rectification, AGENCY), 200).get("status").asString()).isEqualTo("REQUIRED");
		assertThat(Http.getAs(rectification, "staff.xiashi").status()).isEqualTo(404);
		String report = "{\"text\":\"已补齐个案台账，活动室周末开放，督导每月两次\",\"evidenceRefs\":[\"rect-1\"]}";
		ok(Http.post(rectification + "/report", AGENCY, report), 200);
		if (returnFirst) {
			ok(Http.post(rectification + "/return", OFFICER, "{\"reason\":\"缺少督导记录，请补充\"}"), 200);
			ok(Http.post(rectification + "/report", AGENCY, report), 200);
		}
		JsonNode verified = ok(Http.post(rectification + "/verification", OFFICER, "{}"), 200);
		assertThat(verified.get("status").asString()).isEqualTo("VERIFIED");
	}

	/**
	 * A verified rectification of a 不合格 plans the re-evaluation (复评): a new evaluation
	 * that names the one it corrects, which stays as it was.
	 */
	static String reEvaluationPlanned(String evaluationId) {
		String reEvaluation = evaluationId + "-re1";
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(evaluation(reEvaluation), OFFICER).status() == 200);
		JsonNode planned = ok(Http.getAs(evaluation(reEvaluation), OFFICER), 200);
		assertThat(planned.get("kind").asString()).isEqualTo("RE_EVALUATION");
		assertThat(planned.get("correctsEvaluationId").asString()).isEqualTo(evaluationId);
		assertThat(ok(Http.getAs(evaluation(evaluationId), OFFICER), 200).get("status").asString())
			.isEqualTo("RECTIFICATION_REQUIRED");
		return reEvaluation;
	}

	/**
	 * The officer finds the final grade due for publication (信息公开) and records where it
	 * was published; the public results show it.
	 */
	static void published(String evaluationId) {
		JsonNode due = ok(Http.getAs("/api/evaluation/evaluations/publication-due?regionCode=330481", OFFICER), 200);
		assertThat(due.toString()).contains(evaluationId);
		ok(Http.post(evaluation(evaluationId) + "/publication", OFFICER,
				"{\"channel\":\"海宁市民政局网站\",\"reference\":\"https://mz.haining.example.gov.cn/gs/" + evaluationId
						+ "\"}"),
				200);
		assertThat(publicResult(evaluationId).get("publishedOn").asString()).isNotBlank();
	}

	/** The evaluation's line in the public results, without logging in. */
	static JsonNode publicResult(String evaluationId) {
		for (JsonNode result : ok(Http.getAs("/api/evaluation/public/results", null), 200)) {
			if (result.get("evaluationId").asString().equals(evaluationId)) {
				assertThat(result.toString()).doesNotContain(EVALUATOR);
				return result;
			}
		}
		throw new AssertionError("no public result for " + evaluationId);
	}

	/**
	 * Waits until evaluation-service holds the figures that fill the residents' leaves.
	 */
	static JsonNode figuresArrived(String contractId, String... dataSources) {
		String path = "/api/evaluation/contracts/" + contractId + "/figures";
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			String body = Http.getAs(path, EVALUATOR).body();
			for (String source : dataSources) {
				if (!body.contains("\"" + source + "\"")) {
					return false;
				}
			}
			return true;
		});
		return ok(Http.getAs(path, EVALUATOR), 200);
	}

	static String evaluation(String evaluationId) {
		return "/api/evaluation/evaluations/" + evaluationId;
	}

	private static String sheet(JsonNode leaves, BigDecimal share) {
		StringJoiner scores = new StringJoiner(",", "{\"scores\":{", "}}");
		for (JsonNode leaf : leaves) {
			String code = leaf.isString() ? leaf.asString() : leaf.get("code").asString();
			BigDecimal score = share.multiply(BigDecimal.valueOf(MAXIMA.get(code)))
				.setScale(1, java.math.RoundingMode.HALF_UP);
			scores.add("\"%s\":{\"score\":%s,\"evidenceRefs\":[\"site-visit\"],\"comment\":\"现场核查\"}".formatted(code,
					score.toPlainString()));
		}
		return scores.toString();
	}

}
