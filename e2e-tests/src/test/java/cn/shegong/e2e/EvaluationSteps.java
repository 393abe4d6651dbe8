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
		// Evaluation dates its grades by its own clock; procurement pays and bans from
		// that
		// date.
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
		JsonNode planned = ok(Http.getAs(evaluation(evaluationId), EVALUATOR), 200);
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
