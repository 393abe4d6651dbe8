package cn.shegong.procurement.bidding.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.platform.test.OutboxFixture;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.ProjectSteps;
import cn.shegong.procurement.event.ProcurementEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.STATION_PROJECT;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class BiddingIT {

	/**
	 * Six full-time staff, four certified (2/3), one supervisor for four workers,
	 * everyone paid at least the floor of 1.2 × 8000.
	 */
	private static final String VALID_PLAN = """
			[{"role":"STATION_HEAD","name":"站长 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"12000.00"},
			 {"role":"SUPERVISOR","name":"督导 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"11000.00"},
			 {"role":"FRONTLINE","name":"一线社工 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9800.00"},
			 {"role":"FRONTLINE","name":"一线社工 B","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 A","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 B","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"}]""";

	private static final RequestPostProcessor MAQIAO = Tokens.agencyStaff("agency-maqiao");

	private static final RequestPostProcessor XIASHI = Tokens.agencyStaff("agency-xiashi");

	@Autowired
	MockMvc mvc;

	@Autowired
	EmbeddedKafkaBroker broker;

	private String tenderId;

	@BeforeEach
	void aPublishedTender() throws Exception {
		JsonNode draft = body(this.mvc
			.perform(post("/api/procurement/tenders").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"projectId":"%s","method":"OPEN_TENDER","title":"马桥街道社会工作服务站运营项目采购",
						 "summary":"一年期站点运营"}""".formatted(publishedProject())))
			.andExpect(status().isCreated()));
		this.tenderId = draft.get("id").asString();
		this.mvc
			.perform(post("/api/procurement/tenders/" + this.tenderId + "/publication").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"biddingDeadline\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\",\"version\":"
						+ draft.get("version").asLong() + "}"))
			.andExpect(status().isOk());
	}

	@Test
	void twoAgenciesBidEachSeesOnlyItsOwnAndTheOfficerSeesBoth() throws Exception {
		submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyId").value("agency-maqiao"))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.priceYuan").value("450000.00"))
			.andExpect(jsonPath("$.staffingPlan.length()").value(6));
		submit(XIASHI, "438000", VALID_PLAN).andExpect(status().isCreated());

		this.mvc.perform(get(bids() + "/mine").with(MAQIAO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value("agency-maqiao"))
			.andExpect(jsonPath("$.priceYuan").value("450000.00"));
		this.mvc.perform(get(bids() + "/mine").with(XIASHI))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyId").value("agency-xiashi"))
			.andExpect(jsonPath("$.priceYuan").value("438000.00"));
		this.mvc.perform(get(bids()).with(MAQIAO)).andExpect(status().isForbidden());
		this.mvc.perform(get(bids()).with(HAINING_OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].agencyId", containsInAnyOrder("agency-maqiao", "agency-xiashi")));
	}

	@Test
	void anAgencyWithoutABidIsToldItHasNone() throws Exception {
		this.mvc.perform(get(bids() + "/mine").with(MAQIAO))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("bid-not-found"));
	}

	@Test
	void anOfficerOfAnotherRegionDoesNotSeeTheBids() throws Exception {
		submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated());

		this.mvc.perform(get(bids()).with(Tokens.officer("330483")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("tender-not-found"));
	}

	@Test
	void aPlanWithThreeCertifiedOfSixIsRefused() throws Exception {
		String threeCertified = VALID_PLAN.replace("""
				"name":"一线社工 B","certified":true""", """
				"name":"一线社工 B","certified":false""");

		submit(MAQIAO, "450000.00", threeCertified).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("staffing-plan-insufficient"));
		this.mvc.perform(get(bids() + "/mine").with(MAQIAO)).andExpect(status().isNotFound());
	}

	@Test
	void aFullTimeSalaryBelowTwelveTenthsOfTheLocalAverageWageIsRefused() throws Exception {
		String underpaid = VALID_PLAN.replace("""
				"name":"辅助人员 B","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00\"""", """
				"name":"辅助人员 B","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9599.99\"""");

		submit(MAQIAO, "450000.00", underpaid).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("salary-below-floor"));
	}

	@Test
	void aSecondBidByTheSameAgencyIsRefused() throws Exception {
		submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated());

		submit(MAQIAO, "440000.00", VALID_PLAN).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("already-exists"));
		this.mvc.perform(get(bids() + "/mine").with(MAQIAO)).andExpect(jsonPath("$.priceYuan").value("450000.00"));
	}

	@Test
	void aPriceWithMoreThanTwoDecimalsIsAnInvalidRequest() throws Exception {
		submit(MAQIAO, "450000.001", VALID_PLAN).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"));
	}

	@Test
	void aTenderThatWasNeverPublishedTakesNoBids() throws Exception {
		this.mvc
			.perform(post("/api/procurement/tenders/tdr-unknown/bids").with(MAQIAO)
				.contentType(MediaType.APPLICATION_JSON)
				.content(submission("450000.00", VALID_PLAN)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("tender-not-found"));
	}

	@Test
	void anAgencyWithdrawsItsBidAndTheTrailShowsWhoSubmittedAndWithdrewIt() throws Exception {
		JsonNode submitted = body(submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated()));
		String bidId = submitted.get("id").asString();

		JsonNode withdrawn = body(withdraw(MAQIAO, submitted.get("version").asLong()).andExpect(status().isOk()));

		assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
		withdraw(MAQIAO, withdrawn.get("version").asLong()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("bid-already-withdrawn"));
		this.mvc.perform(get("/api/procurement/audit/bid/" + bidId).with(HAINING_OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].action").value("submit"))
			.andExpect(jsonPath("$[0].actor").value("staff-agency-maqiao"))
			.andExpect(jsonPath("$[1].action").value("withdraw"))
			.andExpect(jsonPath("$[1].actor").value("staff-agency-maqiao"));
	}

	@Test
	void aWithdrawalMadeOnAStaleVersionIsRefused() throws Exception {
		JsonNode submitted = body(submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated()));

		withdraw(MAQIAO, submitted.get("version").asLong() + 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get(bids() + "/mine").with(MAQIAO)).andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aSubmittedBidIsAnnouncedThroughTheOutboxWithoutItsPrice() throws Exception {
		JsonNode submitted = body(submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated()));
		String bidId = submitted.get("id").asString();

		List<ConsumerRecord<String, String>> records = OutboxFixture.records(this.broker.getBrokersAsString(),
				"procurement.events", 1);
		EventEnvelope event = records.stream()
			.filter((candidate) -> bidId.equals(candidate.key()))
			.map((record) -> EventJson.standard().read(record.value()))
			.findFirst()
			.orElseThrow();
		assertThat(event.is(ProcurementEvents.BID_SUBMITTED)).isTrue();
		assertThat(event.subject()).isEqualTo(bidId);
		assertThat(event.data()).containsEntry("bidId", bidId)
			.containsEntry("tenderId", this.tenderId)
			.containsEntry("agencyId", "agency-maqiao")
			.containsEntry("submittedAt", submitted.get("submittedAt").asString())
			.doesNotContainKeys("price", "priceYuan", "terms");
		assertThat(EventSchemas.violations(
				getClass().getResourceAsStream(ProcurementEvents.schemaPath(ProcurementEvents.BID_SUBMITTED)),
				JsonMapper.builder().build().writeValueAsString(event.data())))
			.isEmpty();
	}

	@Test
	void anAgencyAmendsItsBidBeforeTheDeadlineAndTheTrailShowsIt() throws Exception {
		JsonNode submitted = body(submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated()));

		JsonNode amended = body(
				amend(MAQIAO, "436000.00", VALID_PLAN, submitted.get("version").asLong()).andExpect(status().isOk()));

		assertThat(amended.get("status").asString()).isEqualTo("AMENDED");
		assertThat(amended.get("priceYuan").asString()).isEqualTo("436000.00");
		assertThat(amended.get("submittedAt").asString()).isEqualTo(submitted.get("submittedAt").asString());
		assertThat(amended.get("version").asLong()).isGreaterThan(submitted.get("version").asLong());
		this.mvc.perform(get("/api/procurement/audit/bid/" + submitted.get("id").asString()).with(HAINING_OFFICER))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].action").value("amend"))
			.andExpect(jsonPath("$[1].actor").value("staff-agency-maqiao"))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'priceYuan')].after").value("436000.00"));
	}

	@Test
	void anAmendmentMadeOnAStaleVersionIsRefused() throws Exception {
		JsonNode submitted = body(submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated()));
		long version = submitted.get("version").asLong();
		amend(MAQIAO, "440000.00", VALID_PLAN, version).andExpect(status().isOk());

		amend(MAQIAO, "430000.00", VALID_PLAN, version).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get(bids() + "/mine").with(MAQIAO)).andExpect(jsonPath("$.priceYuan").value("440000.00"));
	}

	@Test
	void anAmendmentWhosePlanFallsShortIsRefusedAndTheBidStaysAsItWas() throws Exception {
		JsonNode submitted = body(submit(MAQIAO, "450000.00", VALID_PLAN).andExpect(status().isCreated()));
		String fiveStaff = VALID_PLAN.replaceFirst(",\\s*\\{\"role\":\"ASSISTANT\",\"name\":\"辅助人员 B\"[^}]*}", "");

		amend(MAQIAO, "440000.00", fiveStaff, submitted.get("version").asLong())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("staffing-plan-insufficient"));
		this.mvc.perform(get(bids() + "/mine").with(MAQIAO))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.priceYuan").value("450000.00"))
			.andExpect(jsonPath("$.version").value(submitted.get("version").asLong()));
	}

	@Test
	void anAgencyWithoutABidHasNothingToAmend() throws Exception {
		amend(XIASHI, "440000.00", VALID_PLAN, 0).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("bid-not-found"));
	}

	private ResultActions amend(RequestPostProcessor agency, String price, String plan, long version) throws Exception {
		return this.mvc.perform(put(bids() + "/mine").with(agency)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"priceYuan":"%s","proposalSummary":"调整后的站点运营方案","staffingPlan":%s,"version":%d}""".formatted(price,
					plan, version)));
	}

	private String bids() {
		return "/api/procurement/tenders/" + this.tenderId + "/bids";
	}

	private ResultActions submit(RequestPostProcessor agency, String price, String plan) throws Exception {
		return this.mvc.perform(
				post(bids()).with(agency).contentType(MediaType.APPLICATION_JSON).content(submission(price, plan)));
	}

	private static String submission(String price, String plan) {
		return """
				{"priceYuan":"%s","proposalSummary":"以长者为中心的站点运营方案","staffingPlan":%s}""".formatted(price, plan);
	}

	private ResultActions withdraw(RequestPostProcessor agency, long version) throws Exception {
		return this.mvc.perform(post(bids() + "/mine/withdrawal").with(agency)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "}"));
	}

	private String publishedProject() throws Exception {
		return new ProjectSteps(this.mvc).publishedProject();
	}

}
