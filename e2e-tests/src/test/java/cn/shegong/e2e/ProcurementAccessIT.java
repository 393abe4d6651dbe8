package cn.shegong.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see what in procurement, proved through the gateway with real Keycloak tokens:
 * an agency sees only its own bid and never another's price before the award, an officer
 * only the tenders of its own region, and roles without business in procurement are
 * turned away at the door.
 */
@ExtendWith(LocalPlatform.class)
class ProcurementAccessIT {

	private static String tenderId;

	@BeforeAll
	static void aTenderWithTwoBids() {
		ProcurementSteps.banLapsed("agency-maqiao");
		JsonNode project = ProcurementSteps.publishedProject("马桥街道社会工作服务站（访问控制）",
				ProcurementSteps.serviceToday().plusDays(60));
		tenderId = ProcurementSteps.publishedTender(project.get("id").asString(), "马桥街道站点运营采购（访问控制）")
			.get("id")
			.asString();
		ProcurementSteps.bid(tenderId, "staff.maqiao", "450000.00");
		ProcurementSteps.bid(tenderId, "staff.xiashi", "438000.00");
	}

	@Test
	void anAgencySeesItsOwnBidOnly() {
		Http.Response own = Http.getAs(bids() + "/mine", "staff.xiashi");

		assertThat(own.status()).as(own.body()).isEqualTo(200);
		assertThat(own.json().get("agencyId").asString()).isEqualTo("agency-xiashi");
		assertThat(own.json().get("priceYuan").asString()).isEqualTo("438000.00");
	}

	@Test
	void anAgencyCannotListTheBidsOfATenderSoNeverLearnsAnotherPrice() {
		Http.Response all = Http.getAs(bids(), "staff.xiashi");

		assertThat(all.status()).isEqualTo(403);
		assertThat(all.isProblem()).isTrue();
		assertThat(all.body()).doesNotContain("450000");
	}

	@Test
	void thePublicNoticeOfATenderCarriesNoBidPrice() {
		Http.Response notice = Http.getAs("/api/procurement/public/tenders/" + tenderId, null);

		assertThat(notice.status()).as(notice.body()).isEqualTo(200);
		assertThat(notice.body()).doesNotContain("450000").doesNotContain("438000");
	}

	@Test
	void theBuyersOfficerSeesEveryBidAndAnOfficerOfAnotherRegionSeesNoTender() {
		Http.Response buyer = Http.getAs(bids(), OFFICER);
		Http.Response otherRegion = Http.getAs(bids(), "officer.tongxiang");
		Http.Response otherRegionTender = Http.getAs("/api/procurement/tenders/" + tenderId, "officer.tongxiang");

		assertThat(buyer.status()).as(buyer.body()).isEqualTo(200);
		assertThat(buyer.json().findValuesAsString("agencyId")).containsExactlyInAnyOrder("agency-maqiao",
				"agency-xiashi");
		assertThat(otherRegion.status()).isEqualTo(404);
		assertThat(otherRegion.json().get("rule").asString()).isEqualTo("tender-not-found");
		assertThat(otherRegionTender.status()).isEqualTo(404);
	}

	@Test
	void anAgencyCannotChangeATenderNorAnOfficerBid() {
		Http.Response agencyCancels = Http.post("/api/procurement/tenders/" + tenderId + "/cancellation",
				"staff.maqiao", "{\"reason\":\"想取消\",\"version\":1}");
		Http.Response officerBids = Http.post(bids(), OFFICER,
				"{\"priceYuan\":\"1.00\",\"proposalSummary\":\"x\",\"staffingPlan\":" + ProcurementSteps.STAFFING_PLAN
						+ "}");

		assertThat(agencyCancels.status()).isEqualTo(403);
		assertThat(agencyCancels.isProblem()).isTrue();
		assertThat(officerBids.status()).isEqualTo(403);
		assertThat(officerBids.isProblem()).isTrue();
	}

	@Test
	void agencyHrHasNoBusinessInProcurementAndIsTurnedAwayAtTheGateway() {
		Http.Response hr = Http.getAs(bids() + "/mine", "hr.maqiao");

		assertThat(hr.status()).isEqualTo(403);
		assertThat(hr.isProblem()).isTrue();
	}

	private static String bids() {
		return "/api/procurement/tenders/" + tenderId + "/bids";
	}

}
