package cn.shegong.procurement.award.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.TenderSteps;
import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.platform.clock.MovableClock;
import cn.shegong.procurement.tender.persistence.TenderStore;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.body;
import static cn.shegong.procurement.TenderSteps.MAQIAO;
import static cn.shegong.procurement.TenderSteps.MAQIAO_ID;
import static cn.shegong.procurement.TenderSteps.XIASHI;
import static cn.shegong.procurement.TenderSteps.XIASHI_ID;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From closed bidding to a public award result, on a clock the test moves forward instead
 * of waiting for deadlines and challenge windows.
 */
@ServiceIntegrationTest
@ActiveProfiles("test-clock")
class AwardFlowIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	private TenderSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new TenderSteps(this.mvc, this.clock);
	}

	@Test
	void thePanelScoresTheBidsTheOfficerAwardsAfterTheChallengeWindowAndThePublicReadsTheResult() throws Exception {
		String id = this.steps.closedTender();
		evaluation(id, HAINING_OFFICER).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("panel-not-appointed"));

		this.steps.appointPanel(id);
		this.steps.recordStandardSheets(id);
		this.steps.change(id, "bid-evaluation/finalisation", this.steps.versionBody(id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("BIDS_SCORED"));

		evaluation(id, HAINING_OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.result.qualifiedBids").value(2))
			.andExpect(jsonPath("$.result.ranking[0].agencyId").value(MAQIAO_ID))
			.andExpect(jsonPath("$.result.ranking[0].priceScore").value("97.33"))
			.andExpect(jsonPath("$.result.ranking[0].weightedPriceScore").value("19.47"))
			.andExpect(jsonPath("$.result.ranking[0].criteria[0].meanScore").value("88.00"))
			.andExpect(jsonPath("$.result.ranking[0].qualityScore").value("69.35"))
			.andExpect(jsonPath("$.result.ranking[0].bonus").value("0.00"))
			.andExpect(jsonPath("$.result.ranking[0].total").value("88.82"))
			.andExpect(jsonPath("$.result.ranking[1].agencyId").value(XIASHI_ID))
			.andExpect(jsonPath("$.result.ranking[1].priceScore").value("100.00"))
			.andExpect(jsonPath("$.result.ranking[1].total").value("84.00"))
			.andExpect(jsonPath("$.scores.length()").value(12));
		evaluation(id, MAQIAO).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/procurement/public/tenders/" + id + "/award-result"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("award-result-not-found"));

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
		this.steps.change(id, "award-proposal", this.steps.versionBody(id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHALLENGE_WINDOW"))
			.andExpect(jsonPath("$.proposedAgencyId").value(MAQIAO_ID))
			.andExpect(jsonPath("$.awardNoticeOn").value(today.toString()))
			.andExpect(jsonPath("$.challengeWindowEndsOn")
				.value(WorkingDayCalendar.weekendsOff().addWorkingDays(today, 7).toString()));
		challenge(id, XIASHI, "价格分计算有误").andExpect(status().isCreated())
			.andExpect(jsonPath("$.challengeId").value("challenge-1"))
			.andExpect(jsonPath("$.filedOn").value(today.toString()));

		this.steps.change(id, "award", this.steps.versionBody(id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("challenge-window-still-open"));
		this.steps.passChallengeWindow(id);
		this.steps.change(id, "award", this.steps.versionBody(id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("challenge-unanswered"));
		this.steps.change(id, "challenges/challenge-1/answer", "{\"reply\":\"经复核，价格分计算无误\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.challenges[0].reason").value("价格分计算有误"))
			.andExpect(jsonPath("$.challenges[0].reply").value("经复核，价格分计算无误"));
		this.steps.change(id, "award", this.steps.versionBody(id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWARDED"));

		this.mvc.perform(get("/api/procurement/public/tenders/" + id + "/award-result"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.winningAgencyId").value(MAQIAO_ID))
			.andExpect(jsonPath("$.winningPriceYuan").value("450000.00"))
			.andExpect(jsonPath("$.bidders[*].agencyId", contains(MAQIAO_ID, XIASHI_ID)))
			.andExpect(jsonPath("$.bidders[*].rank", contains(1, 2)))
			.andExpect(jsonPath("$.bidders[*].totalScore", contains("88.82", "84.00")))
			.andExpect(jsonPath("$..staffingPlan").isEmpty())
			.andExpect(jsonPath("$..priceYuan").isEmpty());
		this.mvc.perform(get("/api/procurement/public/award-results"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].tenderId", hasItem(id)));
		this.mvc.perform(get("/api/procurement/audit/tender/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$[*].action",
					contains("draft", "publish", "close-bidding", "appoint-panel", "record-score-sheet",
							"record-score-sheet", "record-score-sheet", "finalise-scoring", "propose-award",
							"challenge", "answer-challenge", "award")))
			.andExpect(jsonPath("$[9].actor").value("staff-agency-xiashi"))
			.andExpect(jsonPath("$[9].reason").value("价格分计算有误"));
	}

	@Test
	void passingOverTheTopRankedAgencyNeedsAReasonOnRecord() throws Exception {
		String id = this.steps.scoredTender();
		long version = this.steps.tender(id).get("version").asLong();

		this.steps.change(id, "award-proposal", "{\"agencyId\":\"%s\",\"version\":%d}".formatted(XIASHI_ID, version))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("passing-over-top-ranked-needs-reason"));
		this.steps
			.change(id, "award-proposal",
					"{\"agencyId\":\"agency-nobody\",\"reason\":\"x\",\"version\":%d}".formatted(version))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("proposed-agency-not-ranked"));
		this.steps
			.change(id, "award-proposal",
					"{\"agencyId\":\"%s\",\"reason\":\"排名第一的机构书面放弃中标\",\"version\":%d}".formatted(XIASHI_ID, version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposedAgencyId").value(XIASHI_ID));
	}

	@Test
	void aProposalMadeOnAStaleVersionIsRefused() throws Exception {
		String id = this.steps.scoredTender();
		long stale = this.steps.tender(id).get("version").asLong() - 1;

		this.steps.change(id, "award-proposal", "{\"version\":" + stale + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("BIDS_SCORED"));
	}

	@Test
	void onlyAnAgencyWithABidInTheCompetitionMayChallenge() throws Exception {
		String id = this.steps.proposedTender();

		challenge(id, Tokens.agencyStaff("agency-outsider"), "不服").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("challenger-did-not-bid"));
		challenge(id, XIASHI, " ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("challenge-reason-required"));
		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.challenges.length()").value(0));
	}

	@Test
	void aBidCannotBeAmendedOnceTheDeadlineHasPassedNorOnceBiddingIsClosed() throws Exception {
		String id = this.steps.tenderWithTwoBids();
		long version = body(this.mvc.perform(get("/api/procurement/tenders/" + id + "/bids/mine").with(MAQIAO)))
			.get("version")
			.asLong();
		this.steps.passBiddingDeadline(id);

		amend(id, version).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("bidding-deadline-passed"));
		this.steps.change(id, "bidding-closure", this.steps.versionBody(id)).andExpect(status().isOk());
		amend(id, version).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("tender-not-open-for-bids"));
		this.mvc.perform(get("/api/procurement/tenders/" + id + "/bids/mine").with(MAQIAO))
			.andExpect(jsonPath("$.priceYuan").value("450000.00"));
	}

	private ResultActions amend(String tenderId, long version) throws Exception {
		return this.mvc.perform(put("/api/procurement/tenders/" + tenderId + "/bids/mine").with(MAQIAO)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"priceYuan":"300000","proposalSummary":"降价","staffingPlan":%s,"version":%d}"""
				.formatted(TenderSteps.VALID_PLAN, version)));
	}

	@Test
	void theAwardedTenderStepLeavesATenderAwardedToMaqiao() throws Exception {
		String id = this.steps.awardedTender();

		this.mvc.perform(get("/api/procurement/tenders/" + id).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.status").value("AWARDED"))
			.andExpect(jsonPath("$.proposedAgencyId").value(MAQIAO_ID))
			.andExpect(jsonPath("$.awardedOn")
				.value(LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE).toString()));
	}

	private ResultActions evaluation(String tenderId, RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(get("/api/procurement/tenders/" + tenderId + "/bid-evaluation").with(caller));
	}

	private ResultActions challenge(String tenderId, RequestPostProcessor agency, String reason) throws Exception {
		return this.mvc.perform(post("/api/procurement/tenders/" + tenderId + "/challenges").with(agency)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\"}"));
	}

}
