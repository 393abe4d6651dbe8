package cn.shegong.e2e;

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
		LocalDate termFrom = ProcurementSteps.serviceToday().plusDays(60);
		String projectId = plannedProject(termFrom);
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

		String contractId = signedContract(tenderId);
		StaffingSteps.stationTeamComplies(contractId, termFrom);
		progressReported(contractId, termFrom);
		paidByGrades(contractId);

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
	 * Evaluation results arrive as evaluation-service will send them (published straight
	 * to its topic until that service exists): a mid-term 合格 pays 90% of the 30% tranche
	 * and holds 10% until rectification; a final 良好 pays the whole 40%.
	 */
	private static void paidByGrades(String contractId) {
		JsonNode contract = ok(Http.getAs(contract(contractId), OFFICER), 200);
		EvaluationResults.finalized(contractId, milestoneOf(contract, "MID_TERM"), "MID_TERM", "72.40", "PASS");
		JsonNode afterMidTerm = EvaluationResults.awaitPayment(contractId, "AFTER_MIDTERM_GRADE");
		assertThat(afterMidTerm.get("releasedFen").asLong()).isEqualTo(12_150_000L);
		assertThat(afterMidTerm.get("heldFen").asLong()).isEqualTo(1_350_000L);

		EvaluationResults.finalized(contractId, milestoneOf(contract, "FINAL"), "FINAL", "86.10", "GOOD");
		JsonNode afterFinal = EvaluationResults.awaitPayment(contractId, "AFTER_FINAL_GRADE");
		assertThat(afterFinal.get("releasedFen").asLong()).isEqualTo(18_000_000L);
		assertThat(afterFinal.get("withheldFen").asLong()).isZero();
		JsonNode ledger = ok(Http.getAs(contract(contractId) + "/payments", OFFICER), 200);
		assertThat(ledger.get("releasedFen").asLong()).isEqualTo(13_500_000L + 12_150_000L + 18_000_000L);
		assertThat(ledger.get("heldFen").asLong()).isEqualTo(1_350_000L);
	}

	private static String milestoneOf(JsonNode contract, String type) {
		for (JsonNode milestone : contract.get("milestones")) {
			if (milestone.get("type").asString().equals(type)) {
				return milestone.get("milestoneId").asString();
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
