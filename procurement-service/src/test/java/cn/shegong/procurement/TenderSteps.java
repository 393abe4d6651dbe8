package cn.shegong.procurement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.Tokens;
import cn.shegong.platform.clock.MovableClock;
import cn.shegong.procurement.tender.persistence.TenderStore;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps that take a tender from publication to a final award through the real
 * endpoints, moving the service's {@link MovableClock} past the bidding deadline and the
 * challenge window instead of waiting. Needs the {@code test-clock} profile:
 * {@code @ActiveProfiles("test-clock")} and an {@code @Autowired MovableClock}.
 *
 * <p>
 * The tender is a competitive consultation (竞争性磋商), which may go on with two qualified
 * bids: agency-maqiao offers 450,000 CNY, agency-xiashi 438,000 CNY. A panel of three
 * scores Maqiao's proposal higher, so under the national default scheme (price 20%, 服务方案
 * 45%, 团队配置 35%) Maqiao ranks first with 88.82 and Xiashi second with 84.00.
 */
public final class TenderSteps {

	public static final String MAQIAO_ID = "agency-maqiao";

	public static final String XIASHI_ID = "agency-xiashi";

	public static final RequestPostProcessor MAQIAO = Tokens.agencyStaff(MAQIAO_ID);

	public static final RequestPostProcessor XIASHI = Tokens.agencyStaff(XIASHI_ID);

	public static final List<String> PANEL = List.of("expert-1", "expert-2", "expert-3");

	/**
	 * Six full-time staff, four certified, one supervisor, everyone paid at least 1.2 ×
	 * 8000.
	 */
	public static final String VALID_PLAN = """
			[{"role":"STATION_HEAD","name":"站长 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"12000.00"},
			 {"role":"SUPERVISOR","name":"督导 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"11000.00"},
			 {"role":"FRONTLINE","name":"一线社工 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9800.00"},
			 {"role":"FRONTLINE","name":"一线社工 B","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 A","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 B","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"}]""";

	private static final String PROPOSAL = "服务方案";

	private static final String TEAM = "团队配置";

	private final MockMvc mvc;

	private final MovableClock clock;

	public TenderSteps(MockMvc mvc, MovableClock clock) {
		this.mvc = mvc;
		this.clock = clock;
	}

	/** Both agencies' bids in, bidding closed, scored, proposed to Maqiao and final. */
	public String awardedTender() throws Exception {
		String id = proposedTender();
		passChallengeWindow(id);
		change(id, "award", versionBody(id)).andExpect(status().isOk());
		return id;
	}

	/** Scored and proposed to the top-ranked agency, Maqiao; the window is open. */
	public String proposedTender() throws Exception {
		String id = scoredTender();
		change(id, "award-proposal", versionBody(id)).andExpect(status().isOk());
		return id;
	}

	/** Two bids, closed, the panel seated, every sheet in and the scoring finalised. */
	public String scoredTender() throws Exception {
		String id = closedTender();
		appointPanel(id);
		recordStandardSheets(id);
		change(id, "bid-evaluation/finalisation", versionBody(id)).andExpect(status().isOk());
		return id;
	}

	/**
	 * Both agencies have bid and the clock has passed the deadline; bidding is closed.
	 */
	public String closedTender() throws Exception {
		String id = tenderWithTwoBids();
		closeBidding(id);
		return id;
	}

	public String tenderWithTwoBids() throws Exception {
		String id = publishedTender();
		bid(id, MAQIAO, "450000.00").andExpect(status().isCreated());
		bid(id, XIASHI, "438000.00").andExpect(status().isCreated());
		return id;
	}

	/**
	 * A competitive consultation of a freshly published Maqiao station project, open for
	 * bids for 25 days by the service clock.
	 */
	public String publishedTender() throws Exception {
		String projectId = new ProjectSteps(this.mvc).publishedProject();
		JsonNode draft = body(this.mvc
			.perform(post("/api/procurement/tenders").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"projectId":"%s","method":"COMPETITIVE_CONSULTATION","title":"马桥街道社会工作服务站运营项目采购",
						 "summary":"一年期站点运营"}""".formatted(projectId)))
			.andExpect(status().isCreated()));
		String id = draft.get("id").asString();
		Instant deadline = this.clock.instant().plus(Duration.ofDays(25)).truncatedTo(ChronoUnit.SECONDS);
		change(id, "publication",
				"{\"biddingDeadline\":\"" + deadline + "\",\"version\":" + draft.get("version").asLong() + "}")
			.andExpect(status().isOk());
		return id;
	}

	public ResultActions bid(String tenderId, RequestPostProcessor agency, String priceYuan) throws Exception {
		return this.mvc.perform(post("/api/procurement/tenders/" + tenderId + "/bids").with(agency)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"priceYuan":"%s","proposalSummary":"以长者为中心的站点运营方案","staffingPlan":%s}""".formatted(priceYuan,
					VALID_PLAN)));
	}

	/** Moves the clock just past the tender's bidding deadline and closes bidding. */
	public void closeBidding(String tenderId) throws Exception {
		passBiddingDeadline(tenderId);
		change(tenderId, "bidding-closure", versionBody(tenderId)).andExpect(status().isOk());
	}

	/** Moves the clock just past the tender's bidding deadline; bidding stays open. */
	public void passBiddingDeadline(String tenderId) {
		Instant deadline = Instant.parse(tender(tenderId).get("biddingDeadline").asString());
		Duration left = Duration.between(this.clock.instant(), deadline);
		if (!left.isNegative()) {
			this.clock.advance(left.plusMinutes(1));
		}
	}

	/** Seats expert-1 to expert-3, none with a declared tie. */
	public JsonNode appointPanel(String tenderId) throws Exception {
		String members = String.join(",",
				PANEL.stream()
					.map((id) -> "{\"memberId\":\"%s\",\"name\":\"评审专家 %s\",\"declarations\":[]}".formatted(id, id))
					.toList());
		return body(change(tenderId, "bid-evaluation/panel", "{\"members\":[" + members + "]}")
			.andExpect(status().isCreated()));
	}

	/**
	 * Maqiao: 服务方案 90, 88, 86 and 团队配置 85 from each member; Xiashi: 80 on both from each
	 * member.
	 */
	public void recordStandardSheets(String tenderId) throws Exception {
		Map<String, String> bids = bidIdsByAgency(tenderId);
		String[] proposalScores = { "90", "88", "86" };
		for (int i = 0; i < PANEL.size(); i++) {
			recordSheet(tenderId, PANEL.get(i), Map.of(bids.get(MAQIAO_ID), List.of(proposalScores[i], "85"),
					bids.get(XIASHI_ID), List.of("80", "80")))
				.andExpect(status().isOk());
		}
	}

	/**
	 * One member's sheet: for each bid id, its 服务方案 and 团队配置 scores, on the evaluation's
	 * current version.
	 */
	public ResultActions recordSheet(String tenderId, String memberId, Map<String, List<String>> scoresByBid)
			throws Exception {
		StringBuilder scores = new StringBuilder();
		scoresByBid.forEach((bidId, pair) -> {
			if (!scores.isEmpty()) {
				scores.append(',');
			}
			scores.append("""
					{"bidId":"%s","criterion":"%s","score":%s},{"bidId":"%s","criterion":"%s","score":%s}"""
				.formatted(bidId, PROPOSAL, pair.get(0), bidId, TEAM, pair.get(1)));
		});
		long version = body(
				this.mvc.perform(get("/api/procurement/tenders/" + tenderId + "/bid-evaluation").with(HAINING_OFFICER))
					.andExpect(status().isOk()))
			.get("version")
			.asLong();
		return change(tenderId, "bid-evaluation/score-sheets",
				"{\"memberId\":\"%s\",\"scores\":[%s],\"version\":%d}".formatted(memberId, scores, version));
	}

	/** Moves the clock to the first day after the challenge window. */
	public void passChallengeWindow(String tenderId) {
		LocalDate endsOn = LocalDate.parse(tender(tenderId).get("challengeWindowEndsOn").asString());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
		if (!today.isAfter(endsOn)) {
			this.clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, endsOn) + 1));
		}
	}

	/** The tender as its officer sees it. */
	public JsonNode tender(String tenderId) {
		try {
			return body(this.mvc.perform(get("/api/procurement/tenders/" + tenderId).with(HAINING_OFFICER))
				.andExpect(status().isOk()));
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read tender " + tenderId, ex);
		}
	}

	/** The tender's bid ids by agency, as its officer sees them. */
	public Map<String, String> bidIdsByAgency(String tenderId) throws Exception {
		Map<String, String> ids = new LinkedHashMap<>();
		body(this.mvc.perform(get("/api/procurement/tenders/" + tenderId + "/bids").with(HAINING_OFFICER))
			.andExpect(status().isOk()))
			.forEach((bid) -> ids.put(bid.get("agencyId").asString(), bid.get("id").asString()));
		return ids;
	}

	/** A body with nothing but the tender's current version. */
	public String versionBody(String tenderId) {
		return "{\"version\":" + tender(tenderId).get("version").asLong() + "}";
	}

	/** An officer's POST to one of the tender's action endpoints. */
	public ResultActions change(String tenderId, String action, String json) throws Exception {
		return this.mvc.perform(post("/api/procurement/tenders/" + tenderId + "/" + action).with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
