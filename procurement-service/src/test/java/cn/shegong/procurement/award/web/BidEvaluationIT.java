package cn.shegong.procurement.award.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.TenderSteps;
import cn.shegong.platform.clock.MovableClock;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.TenderSteps.MAQIAO;
import static cn.shegong.procurement.TenderSteps.MAQIAO_ID;
import static cn.shegong.procurement.TenderSteps.XIASHI_ID;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From closed bidding to a public award result, on a clock the test moves forward instead
 * of waiting for deadlines and challenge windows.
 */
@ServiceIntegrationTest
@ActiveProfiles("test-clock")
class BidEvaluationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@Autowired
	MongoTemplate mongo;

	private TenderSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new TenderSteps(this.mvc, this.clock);
	}

	@Test
	void aConflictedPanelMemberIsRefusedAndNoPanelIsSeated() throws Exception {
		String id = this.steps.closedTender();

		this.steps
			.change(id, "bid-evaluation/panel",
					"""
							{"members":[{"memberId":"expert-1","name":"王评审","declarations":[]},
							            {"memberId":"expert-2","name":"李评审","declarations":[
							              {"agencyId":"agency-xiashi","relation":"DIRECTOR","endedOn":"%s"}]}]}"""
						.formatted(LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE).minusYears(2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("panel-member-conflict"));
		evaluation(id, HAINING_OFFICER).andExpect(status().isNotFound());
	}

	@Test
	void scoringCannotBeFinalisedUntilEveryMemberHasScoredEveryBid() throws Exception {
		String id = this.steps.closedTender();
		this.steps.appointPanel(id);
		Map<String, String> bids = this.steps.bidIdsByAgency(id);
		this.steps
			.recordSheet(id, "expert-1",
					Map.of(bids.get(MAQIAO_ID), List.of("90", "85"), bids.get(XIASHI_ID), List.of("80", "80")))
			.andExpect(status().isOk());

		this.steps.change(id, "bid-evaluation/finalisation", this.steps.versionBody(id))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("panel-scores-incomplete"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("BIDDING_CLOSED"));
	}

	@Test
	void aScoreOutOfRangeOrForABidNotInTheCompetitionIsRefused() throws Exception {
		String id = this.steps.closedTender();
		this.steps.appointPanel(id);
		String maqiaoBid = this.steps.bidIdsByAgency(id).get(MAQIAO_ID);

		this.steps.recordSheet(id, "expert-1", Map.of(maqiaoBid, List.of("101", "85")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("panel-score-out-of-range"));
		this.steps.recordSheet(id, "expert-1", Map.of("bid-elsewhere", List.of("90", "85")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("score-for-unknown-bid"));
		evaluation(id, HAINING_OFFICER).andExpect(jsonPath("$.scores.length()").value(0));
	}

	@Test
	void aCompetitiveConsultationWithOneQualifiedBidEndsUnsuccessful() throws Exception {
		String id = this.steps.publishedTender();
		this.steps.bid(id, MAQIAO, "450000.00").andExpect(status().isCreated());
		this.steps.closeBidding(id);
		this.steps.appointPanel(id);

		this.steps.change(id, "bid-evaluation/finalisation", this.steps.versionBody(id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNSUCCESSFUL"))
			.andExpect(jsonPath("$.closingReason").value("only 1 qualified bids, COMPETITIVE_CONSULTATION needs 2"));
		evaluation(id, HAINING_OFFICER).andExpect(jsonPath("$.result.qualifiedBids").value(1))
			.andExpect(jsonPath("$.result.ranking.length()").value(0));
	}

	@Test
	void aLastFinalGradeOfExcellentAddsItsBonusToTheTotal() throws Exception {
		String id = this.steps.tenderWithTwoBids();
		this.mongo.insert(new Document(Map.of("_id", "eval-" + id, "agencyId", "agency-changan", "grade", "EXCELLENT",
				"finalizedOn", "2026-06-30")), "final_grades");
		this.steps.bid(id, Tokens.agencyStaff("agency-changan"), "500000.00").andExpect(status().isCreated());
		this.steps.closeBidding(id);
		this.steps.appointPanel(id);
		Map<String, String> bids = this.steps.bidIdsByAgency(id);
		for (String member : TenderSteps.PANEL) {
			this.steps
				.recordSheet(id, member, Map.of(bids.get(MAQIAO_ID), List.of("80", "80"), bids.get(XIASHI_ID),
						List.of("80", "80"), bids.get("agency-changan"), List.of("80", "80")))
				.andExpect(status().isOk());
		}

		this.steps.change(id, "bid-evaluation/finalisation", this.steps.versionBody(id)).andExpect(status().isOk());

		evaluation(id, HAINING_OFFICER)
			.andExpect(
					jsonPath("$.result.ranking[?(@.agencyId == 'agency-changan')].lastFinalGrade").value("EXCELLENT"))
			.andExpect(jsonPath("$.result.ranking[?(@.agencyId == 'agency-changan')].bonus").value("2.00"))
			.andExpect(jsonPath("$.result.ranking[?(@.agencyId == 'agency-changan')].total").value("83.52"));
	}

	@Test
	void anOfficerOfAnotherRegionNeitherSeesNorChangesTheEvaluation() throws Exception {
		String id = this.steps.scoredTender();

		evaluation(id, Tokens.officer("330483")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("tender-not-found"));
		this.mvc
			.perform(post("/api/procurement/tenders/" + id + "/award-proposal").with(Tokens.officer("330483"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.steps.versionBody(id)))
			.andExpect(status().isNotFound());
	}

	private ResultActions evaluation(String tenderId, RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(get("/api/procurement/tenders/" + tenderId + "/bid-evaluation").with(caller));
	}

}
