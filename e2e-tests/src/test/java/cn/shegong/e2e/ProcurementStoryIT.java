package cn.shegong.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.OFFICER;
import static cn.shegong.e2e.ProcurementSteps.ok;
import static cn.shegong.e2e.ProcurementSteps.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole procurement through the gateway with real Keycloak tokens, as the issue tells
 * it: Haining's officer opens a purchase plan, drafts a project funded from it and
 * publishes its tender; Maqiao and Xiashi bid; the panel scores; the challenge window
 * passes on the service's test clock; the award is made, the contract signed, Maqiao's HR
 * staffs it to the requirement talent-service learnt from the award, a progress report is
 * submitted; and evaluation results release the right amounts.
 */
@ExtendWith(LocalPlatform.class)
class ProcurementStoryIT {

	private static final String MAQIAO = "staff.maqiao";

	private static final String XIASHI = "staff.xiashi";

	@Test
	void fromPurchasePlanToPaidContract() {
		ServiceClocks.together("procurement", "talent", "feedback", "evaluation");
		ProcurementSteps.banLapsed("agency-maqiao");
		ServiceClocks.together("procurement", "talent", "feedback", "evaluation");
		LocalDate termFrom = ProcurementSteps.serviceToday().plusDays(60);
		String projectId = plannedProject(termFrom);
		String tenderId = awardedToMaqiao(projectId);

		String contractId = signedContract(tenderId);
		evaluationsPlannedOnAward(contractId);
		StaffingSteps.stationTeamComplies(contractId, termFrom);
		teamAtWorkOnTheFirstDay(contractId, termFrom);
		progressReported(contractId, termFrom);
		residentsHeard(projectId, termFrom);
		EvaluationSteps.figuresArrived(contractId, "SATISFACTION_RATE", "AWARENESS_RATE", "TICKET_ON_TIME_RATE",
				"STAFFING_COMPLIANCE", "SERVICE_VOLUME_VS_TARGET");
		paidByGrades(contractId);

	}

	/**
	 * A second station of Maqiao's ends with a final 不合格 (its finance check fails): the
	 * last tranche is withheld, Maqiao is banned and its next bid is refused, while
	 * Xiashi bids as before; twelve months on the ban lapses by itself.
	 */
	@Test
	void aFailingFinalGradeBansTheAgencyAndItsNextBidIsRefused() {
		maqiaoRegistered();
		ServiceClocks.together("procurement", "feedback", "evaluation");
		ProcurementSteps.banLapsed("agency-maqiao");
		ServiceClocks.together("procurement", "feedback", "evaluation");
		LocalDate termFrom = ProcurementSteps.serviceToday().plusDays(60);
		String projectId = plannedProject(termFrom);
		String contractId = signedContract(awardedToMaqiao(projectId));
		residentsHeard(projectId, termFrom);
		EvaluationSteps.figuresArrived(contractId, "SATISFACTION_RATE", "AWARENESS_RATE");

		JsonNode contract = ok(Http.getAs(contract(contractId), OFFICER), 200);
		String finalOne = EvaluationSteps.plannedWhenDue(contractId, milestone(contract, "FINAL"));
		JsonNode result = EvaluationSteps.gradedAndFinal(finalOne, new BigDecimal("0.9"), "FAILED");
		assertThat(result.get("grade").asString()).isEqualTo("FAIL");
		assertThat(result.get("veto").asBoolean()).isTrue();
		JsonNode lastTranche = EvaluationResults.awaitPayment(contractId, "AFTER_FINAL_GRADE");
		assertThat(lastTranche.get("releasedFen").asLong()).isZero();
		assertThat(lastTranche.get("withheldFen").asLong()).isEqualTo(18_000_000L);

		String nextTender = ProcurementSteps
			.publishedTender(plannedProject(ProcurementSteps.serviceToday().plusDays(60)), "马桥街道社工站（下一期）")
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			Http.Response refused = Http.post(tender(nextTender) + "/bids", MAQIAO,
					"{\"priceYuan\":\"440000.00\",\"proposalSummary\":\"站点运营方案\",\"staffingPlan\":"
							+ ProcurementSteps.STAFFING_PLAN + "}");
			return refused.status() == 422 && "agency-banned".equals(refused.json().get("rule").asString());
		});
		ProcurementSteps.bid(nextTender, XIASHI, "436000.00");

		EvaluationSteps.rectificationVerified(finalOne, true);
		String reEvaluation = EvaluationSteps.reEvaluationPlanned(finalOne);
		JsonNode corrected = EvaluationSteps.gradedAndFinal(reEvaluation, new BigDecimal("0.9"), "PASSED");
		JsonNode paidAfterReEvaluation = EvaluationResults.awaitPaymentOf(contractId, "RE_EVALUATION", reEvaluation);
		assertThat(paidAfterReEvaluation.get("releasedFen").asLong()).as(corrected.toString())
			.isEqualTo(released(corrected.get("grade").asString(), 18_000_000L));
		assertThat(ok(Http.getAs(contract(contractId) + "/payments", OFFICER), 200).get("withheldFen").asLong())
			.as("the re-evaluation paid what the failing grade withheld")
			.isZero();

		ProcurementSteps.advanceServiceClock(Duration.ofDays(366));
		JsonNode eligibility = ok(Http.getAs("/api/procurement/agencies/agency-maqiao/eligibility", OFFICER), 200);
		assertThat(eligibility.toString()).as("the ban lapsed by itself").doesNotContain("agency-banned");
	}

	/**
	 * A ban is kept on the agency's record in the registry, so Maqiao is recorded there
	 * under the id it signs in with (once; the suite's data outlives a run).
	 */
	private static void maqiaoRegistered() {
		Http.Response registered = Http.post("/api/procurement/agencies", OFFICER, """
				{"name":"海宁市马桥社会工作服务中心","unifiedSocialCreditCode":"%s","agencyId":"agency-maqiao"}"""
			.formatted(CreditCodes.fresh("330481")));
		assertThat(registered.status()).as(registered.body()).isIn(201, 409);
	}

	/**
	 * The project's tender from publication to award: Maqiao and Xiashi bid, closing
	 * early is refused, the panel ranks Maqiao first, the award waits out the challenge
	 * window, and the public result shows no losing price.
	 */
	private static String awardedToMaqiao(String projectId) {
		String tenderId = ProcurementSteps.publishedTender(projectId, "马桥街道社会工作服务站运营项目采购（全流程）").get("id").asString();

		ProcurementSteps.bid(tenderId, MAQIAO, "450000.00");
		ProcurementSteps.bid(tenderId, XIASHI, "438000.00");
		Http.Response early = Http.post(tender(tenderId) + "/bidding-closure", OFFICER, versionOf(tenderId));
		assertThat(early.status()).as(early.body()).isEqualTo(422);
		assertThat(early.json().get("rule").asString()).isEqualTo("bidding-still-open");

		ProcurementSteps.advanceServiceClock(Duration.ofDays(22));
		ok(Http.post(tender(tenderId) + "/bidding-closure", OFFICER, versionOf(tenderId)), 200);
		JsonNode ranking = panelScores(tenderId);
		assertThat(ok(Http.getAs(tender(tenderId), OFFICER), 200).get("status").asString()).isEqualTo("BIDS_SCORED");
		assertThat(ranking.at("/result/ranking/0/agencyId").asString()).isEqualTo("agency-maqiao");

		ok(Http.post(tender(tenderId) + "/award-proposal", OFFICER, versionOf(tenderId)), 200);
		Http.Response tooEarly = Http.post(tender(tenderId) + "/award", OFFICER, versionOf(tenderId));
		assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(422);
		assertThat(Http.getAs("/api/procurement/public/tenders/" + tenderId + "/award-result", null).status())
			.isEqualTo(404);

		ProcurementSteps.advanceServiceClock(Duration.ofDays(12));
		JsonNode awarded = ok(Http.post(tender(tenderId) + "/award", OFFICER, versionOf(tenderId)), 200);
		assertThat(awarded.get("status").asString()).isEqualTo("AWARDED");
		JsonNode result = ok(Http.getAs("/api/procurement/public/tenders/" + tenderId + "/award-result", null), 200);
		assertThat(result.get("winningAgencyId").asString()).isEqualTo("agency-maqiao");
		assertThat(result.toString()).doesNotContain("438000");
		return tenderId;
	}

	/**
	 * The officer draws the contract up from the award and signs it: the signing tranche
	 * (30% of Maqiao's 450,000) is paid at once. Only Maqiao and the buyer read it; the
	 * public reads its published fields.
	 */
	private static String signedContract(String tenderId) {
		JsonNode draft = ok(Http.post("/api/procurement/contracts", OFFICER, "{\"tenderId\":\"" + tenderId + "\"}"),
				201);
		String contractId = draft.get("id").asString();
		assertThat(draft.get("agencyId").asString()).isEqualTo("agency-maqiao");
		JsonNode signed = ok(Http.post(contract(contractId) + "/signature", OFFICER, version(draft)), 200);
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");

		assertThat(Http.getAs(contract(contractId), MAQIAO).status()).isEqualTo(200);
		Http.Response otherAgency = Http.getAs(contract(contractId), XIASHI);
		assertThat(otherAgency.status()).isEqualTo(404);
		assertThat(otherAgency.isProblem()).isTrue();
		assertThat(Http.getAs(contract(contractId), "officer.tongxiang").status()).isEqualTo(404);
		assertThat(Http.getAs(contract(contractId) + "/payments", XIASHI).status()).isEqualTo(404);
		JsonNode published = ok(Http.getAs("/api/procurement/public/contracts/" + contractId, null), 200);
		assertThat(published.get("agencyId").asString()).isEqualTo("agency-maqiao");

		JsonNode payments = ok(Http.getAs(contract(contractId) + "/payments", MAQIAO), 200);
		assertThat(payments.get("releasedFen").asLong()).isEqualTo(13_500_000L);
		return contractId;
	}

	/**
	 * Once the first quarter of the term is over, Maqiao reports it; Xiashi cannot report
	 * on, nor read, Maqiao's contract.
	 */
	private static void progressReported(String contractId, LocalDate termFrom) {
		LocalDate quarterEnd = termFrom.plusMonths(3).minusDays(1);
		long daysToGo = quarterEnd.toEpochDay() - ProcurementSteps.serviceToday().toEpochDay() + 1;
		ProcurementSteps.advanceServiceClock(Duration.ofDays(Math.max(daysToGo, 0)));
		String report = """
				{"periodFrom":"%s","periodTo":"%s","casesOpened":14,"casesClosed":9,"groups":4,
				 "communityActivities":11,"beneficiariesByTargetGroup":{"ELDERLY":320,"CHILDREN":145},
				 "serviceHours":1260,"communityHoursShareBp":6400,"resourcesLinked":6}""".formatted(termFrom,
				quarterEnd);

		Http.Response byOtherAgency = Http.post(contract(contractId) + "/progress-reports", XIASHI, report);
		ok(Http.post(contract(contractId) + "/progress-reports", MAQIAO, report), 201);

		assertThat(byOtherAgency.status()).isIn(403, 404);
		assertThat(byOtherAgency.isProblem()).isTrue();
		assertThat(Http.getAs(contract(contractId) + "/progress-reports", XIASHI).status()).isIn(403, 404);
		JsonNode reports = ok(Http.getAs(contract(contractId) + "/progress-reports", OFFICER), 200);
		assertThat(reports.toString()).contains("1260");
	}

	/**
	 * Talent's clock reaches the term's first day: the daily check announces the team at
	 * work, which evaluation keeps as the staffing figure.
	 */
	private static void teamAtWorkOnTheFirstDay(String contractId, LocalDate termFrom) {
		long days = termFrom.toEpochDay() - ServiceClocks.today("talent").toEpochDay();
		if (days > 0) {
			ServiceClocks.advance("talent", Duration.ofDays(days));
		}
		JsonNode staffing = ok(Http.getAs("/api/talent/contracts/" + contractId + "/staffing", OFFICER), 200);
		assertThat(staffing.get("compliant").asBoolean()).as(staffing.toString()).isTrue();
	}

	/**
	 * Residents are heard once the term has begun by feedback's clock: three answer the
	 * questionnaire online by the poster's station code, Maqiao's staff type in a paper
	 * one, and a resident's complaint is acknowledged, answered and confirmed. The
	 * buyer's officer asks feedback for the measure of these days, which feedback
	 * publishes (with the tickets' on-time figures) and evaluation keeps.
	 */
	private static void residentsHeard(String projectId, LocalDate termFrom) {
		long daysToTerm = termFrom.toEpochDay() - ServiceClocks.today("feedback").toEpochDay();
		if (daysToTerm >= 0) {
			ServiceClocks.advance("feedback", Duration.ofDays(daysToTerm + 1));
		}
		String stationCode = ResidentSteps.stationCode(projectId);
		ResidentSteps.answeredOnline(stationCode, 5, true);
		ResidentSteps.answeredOnline(stationCode, 4, true);
		ResidentSteps.answeredOnline(stationCode, 3, false);
		String project = "/api/feedback/projects/" + projectId;
		ok(Http.post(project + "/survey-responses", MAQIAO,
				"""
						{"channel":"PAPER_QUESTIONNAIRE","surveyVersion":%d,
						 "answers":{"EFFICIENCY":4,"ATTITUDE":4,"LIFE_IMPROVEMENT":4,"ACTIVITY_ORGANISATION":4,
						            "FACILITIES":4,"COMPLAINT_INTAKE":4,"COMPLAINT_FOLLOW_UP":4},
						 "awareness":{"STATION_ADDRESS":true,"SERVICES":true,"STAFF":true,"HOW_TO_ASK_FOR_HELP":true,"FUNDER":true}}"""
					.formatted(ResidentSteps.surveyVersion())),
				201);
		complaintAnswered(projectId, stationCode);

		LocalDate today = ServiceClocks.today("feedback");
		JsonNode measure = ok(Http.post(project + "/measurements", OFFICER,
				"{\"from\":\"%s\",\"to\":\"%s\"}".formatted(today.minusDays(1), today)), 200);
		assertThat(measure.get("responses").asInt()).as(measure.toString()).isEqualTo(4);
	}

	/**
	 * The resident stays anonymous and reads the answer by receipt; Maqiao answers within
	 * the 48 hours, so the ticket counts as closed on time.
	 */
	private static void complaintAnswered(String projectId, String stationCode) {
		String text = "活动室周末不开门，老人没地方去（" + UUID.randomUUID().toString().substring(0, 8) + "）";
		String receipt = ResidentSteps.ticketFiled(stationCode, "COMPLAINT", text);
		JsonNode ticket = null;
		for (JsonNode candidate : ok(Http.getAs("/api/feedback/tickets?projectId=" + projectId, MAQIAO), 200)) {
			if (candidate.get("text").asString().equals(text)) {
				ticket = candidate;
			}
		}
		assertThat(ticket).as("Maqiao sees the complaint about its station").isNotNull();
		String ticketId = ticket.get("id").asString();
		JsonNode acknowledged = ok(Http.post("/api/feedback/tickets/" + ticketId + "/acknowledgement", MAQIAO,
				"{\"version\":" + ticket.get("version").asLong() + "}"), 200);
		ok(Http.post("/api/feedback/tickets/" + ticketId + "/resolution", MAQIAO,
				"{\"version\":%d,\"reply\":\"周六周日上午开放活动室，已在站点公告\"}".formatted(acknowledged.get("version").asLong())),
				200);
		assertThat(ResidentSteps.ticket(receipt).get("status").asString()).isEqualTo("RESOLVED");
		ResidentSteps.confirmed(receipt);
		assertThat(ResidentSteps.ticket(receipt).get("status").asString()).isEqualTo("CLOSED");
	}

	/**
	 * Evaluation-service grades each milestone when procurement announces it due;
	 * procurement pays each tranche as the final grade says: 优秀/良好 the whole tranche, 合格
	 * 90% with 10% held until the rectification is verified, 不合格 nothing. The mid-term
	 * comes out 合格: Maqiao reports its rectification, the officer verifies it and
	 * procurement releases the held 10%. The final grade is published on the city's site
	 * within its due days.
	 */
	private static void paidByGrades(String contractId) {
		JsonNode contract = ok(Http.getAs(contract(contractId), OFFICER), 200);
		String midTerm = EvaluationSteps.plannedWhenDue(contractId, milestone(contract, "MID_TERM"));
		JsonNode midTermResult = EvaluationSteps.gradedAndFinal(midTerm, new BigDecimal("0.2"), "PASSED");
		assertThat(midTermResult.get("grade").asString()).as(midTermResult.toString()).isEqualTo("PASS");
		evaluatorReadsTheStaffingItEvaluated(contractId);
		JsonNode afterMidTerm = EvaluationResults.awaitPayment(contractId, "AFTER_MIDTERM_GRADE");
		assertThat(afterMidTerm.get("releasedFen").asLong()).as(afterMidTerm.toString()).isEqualTo(12_150_000L);
		assertThat(afterMidTerm.get("heldFen").asLong()).isEqualTo(1_350_000L);
		EvaluationSteps.rectificationVerified(midTerm, false);
		JsonNode heldReleased = EvaluationResults.awaitPaymentOf(contractId, "RECTIFICATION", midTerm);
		assertThat(heldReleased.get("releasedFen").asLong()).as(heldReleased.toString()).isEqualTo(1_350_000L);

		String finalOne = EvaluationSteps.plannedWhenDue(contractId, milestone(contract, "FINAL"));
		JsonNode finalResult = EvaluationSteps.gradedAndFinal(finalOne, new BigDecimal("0.95"), "PASSED");
		JsonNode afterFinal = EvaluationResults.awaitPayment(contractId, "AFTER_FINAL_GRADE");
		assertThat(afterFinal.get("releasedFen").asLong()).as(finalResult.toString())
			.isEqualTo(released(finalResult.get("grade").asString(), 18_000_000L));
		EvaluationSteps.published(finalOne);
	}

	/**
	 * Evaluation plans the contract's mid-term and final evaluations as soon as it learns
	 * of the award, before any milestone falls due.
	 */
	private static void evaluationsPlannedOnAward(String contractId) {
		String list = "/api/evaluation/evaluations?contractId=" + contractId;
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> ok(Http.getAs(list, OFFICER), 200).size() == 2);
		JsonNode planned = ok(Http.getAs(list, OFFICER), 200);
		assertThat(planned.findValuesAsString("kind")).containsExactlyInAnyOrder("MID_TERM", "FINAL");
		assertThat(planned.findValuesAsString("status")).containsOnly("PLANNED");
	}

	/**
	 * Talent learnt from evaluation's {@code EvaluatorsAssigned} that Zhiping's evaluator
	 * sits on this contract's panel: the staffing figures it scored are now readable to
	 * it, still without names.
	 */
	private static void evaluatorReadsTheStaffingItEvaluated(String contractId) {
		String staffing = "/api/talent/contracts/" + contractId + "/staffing";
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Http.getAs(staffing, EvaluationSteps.EVALUATOR).status() == 200);
		assertThat(Http.getAs(staffing, EvaluationSteps.EVALUATOR).body()).doesNotContain("社工 1");
	}

	/** The share of a tranche a grade releases at once, by the default payout policy. */
	private static long released(String grade, long trancheFen) {
		return switch (grade) {
			case "EXCELLENT", "GOOD" -> trancheFen;
			case "PASS" -> trancheFen * 9 / 10;
			default -> 0L;
		};
	}

	private static JsonNode milestone(JsonNode contract, String type) {
		for (JsonNode milestone : contract.get("milestones")) {
			if (milestone.get("type").asString().equals(type)) {
				return milestone;
			}
		}
		throw new AssertionError("the contract has no " + type + " milestone: " + contract);
	}

	static String contract(String contractId) {
		return "/api/procurement/contracts/" + contractId;
	}

	/**
	 * A purchase plan for the term's year, and a project allocated from it, published. A
	 * buyer has one plan a year, so each run is a street office of its own: the suite's
	 * data outlives a run.
	 */
	private static String plannedProject(LocalDate termFrom) {
		String buyerId = "buyer-330481-story-" + UUID.randomUUID().toString().substring(0, 8);
		JsonNode plan = ok(Http.post("/api/procurement/plans", OFFICER, """
				{"buyerId":"%s","year":%d,"budgetYuan":"2000000.00"}""".formatted(buyerId, termFrom.getYear())), 201);
		JsonNode project = ok(Http.post("/api/procurement/projects", OFFICER, """
				{"buyerId":"%s","title":"马桥街道社会工作服务站运营项目（全流程）","projectType":"CORE",
				 "serviceArea":"马桥街道","targetGroups":["ELDERLY","CHILDREN"],
				 "budgetLines":[{"category":"PERSONNEL","amountYuan":"330000.00"},
				                {"category":"ACTIVITIES","amountYuan":"120000.00"},
				                {"category":"MANAGEMENT","amountYuan":"30000.00"}],
				 "termFrom":"%s","termTo":"%s","catalogueCode":"C090101"}""".formatted(buyerId, termFrom,
				termFrom.plusYears(1).minusDays(1))), 201);
		String projectId = project.get("id").asString();
		JsonNode allocated = ok(
				Http.put("/api/procurement/plans/" + plan.get("id").asString() + "/allocations/" + projectId, OFFICER,
						"{\"amountYuan\":\"480000.00\",\"version\":" + plan.get("version").asLong() + "}"),
				200);
		assertThat(allocated.toString()).contains(projectId);
		return ProcurementSteps.approvedAndPublished(project).get("id").asString();
	}

	/**
	 * Three experts, none tied to a bidder; Maqiao's proposal scores higher than Xiashi's
	 * lower price can make up for.
	 */
	private static JsonNode panelScores(String tenderId) {
		ok(Http.post(tender(tenderId) + "/bid-evaluation/panel", OFFICER, """
				{"members":[{"memberId":"expert-1","name":"评审专家 1","declarations":[]},
				            {"memberId":"expert-2","name":"评审专家 2","declarations":[]},
				            {"memberId":"expert-3","name":"评审专家 3","declarations":[]}]}"""), 201);
		Map<String, String> bidByAgency = new LinkedHashMap<>();
		for (JsonNode bid : ok(Http.getAs(tender(tenderId) + "/bids", OFFICER), 200)) {
			bidByAgency.put(bid.get("agencyId").asString(), bid.get("id").asString());
		}
		for (String expert : new String[] { "expert-1", "expert-2", "expert-3" }) {
			long evaluationVersion = ok(Http.getAs(tender(tenderId) + "/bid-evaluation", OFFICER), 200).get("version")
				.asLong();
			ok(Http.post(tender(tenderId) + "/bid-evaluation/score-sheets", OFFICER,
					"""
							{"memberId":"%s","version":%d,"scores":[
							 {"bidId":"%s","criterion":"服务方案","score":90},{"bidId":"%s","criterion":"团队配置","score":85},
							 {"bidId":"%s","criterion":"服务方案","score":78},{"bidId":"%s","criterion":"团队配置","score":80}]}"""
						.formatted(expert, evaluationVersion, bidByAgency.get("agency-maqiao"),
								bidByAgency.get("agency-maqiao"), bidByAgency.get("agency-xiashi"),
								bidByAgency.get("agency-xiashi"))),
					200);
		}
		ok(Http.post(tender(tenderId) + "/bid-evaluation/finalisation", OFFICER, versionOf(tenderId)), 200);
		return ok(Http.getAs(tender(tenderId) + "/bid-evaluation", OFFICER), 200);
	}

	static String tender(String tenderId) {
		return "/api/procurement/tenders/" + tenderId;
	}

	static String versionOf(String tenderId) {
		return version(ok(Http.getAs(tender(tenderId), OFFICER), 200));
	}

}
