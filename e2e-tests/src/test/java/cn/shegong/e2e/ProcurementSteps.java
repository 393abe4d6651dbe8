package cn.shegong.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of a procurement through the gateway, as the people who take them: Haining's
 * officer drafts, approves and publishes; agencies bid. Dates come from the service's own
 * clock, which the test-clock profile lets the suite move forward (docs/adr/0009).
 */
final class ProcurementSteps {

	static final String OFFICER = "officer.haining";

	static final String ADMIN = "admin.platform";

	static final String STAFFING_PLAN = """
			[{"role":"STATION_HEAD","name":"站长 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"12000.00"},
			 {"role":"SUPERVISOR","name":"督导 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"11000.00"},
			 {"role":"FRONTLINE","name":"一线社工 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9800.00"},
			 {"role":"FRONTLINE","name":"一线社工 B","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 A","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 B","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"}]""";

	private ProcurementSteps() {
	}

	/** What procurement-service takes for now: its clock may run ahead of ours. */
	static Instant serviceNow() {
		return ServiceClocks.now("procurement");
	}

	/** Moves procurement-service's clock forward. */
	static Instant advanceServiceClock(Duration by) {
		return ServiceClocks.advance("procurement", by);
	}

	/** The day it is for procurement-service, in the buyers' zone. */
	static LocalDate serviceToday() {
		return ServiceClocks.today("procurement");
	}

	/**
	 * A one-year station project of Haining's Maqiao street office, in procurement, its
	 * term starting on {@code termFrom}.
	 */
	static JsonNode publishedProject(String title, LocalDate termFrom) {
		JsonNode draft = ok(Http.post("/api/procurement/projects", OFFICER, """
				{"buyerId":"buyer-330481-maqiao","title":"%s","projectType":"CORE","serviceArea":"马桥街道",
				 "targetGroups":["ELDERLY","CHILDREN"],
				 "budgetLines":[{"category":"PERSONNEL","amountYuan":"330000.00"},
				                {"category":"ACTIVITIES","amountYuan":"120000.00"},
				                {"category":"MANAGEMENT","amountYuan":"30000.00"}],
				 "termFrom":"%s","termTo":"%s","catalogueCode":"C090101"}""".formatted(title, termFrom,
				termFrom.plusYears(1).minusDays(1))), 201);
		return approvedAndPublished(draft);
	}

	static JsonNode approvedAndPublished(JsonNode draft) {
		String id = draft.get("id").asString();
		JsonNode approved = ok(
				Http.post("/api/procurement/projects/" + id + "/budget-approval", OFFICER, version(draft)), 200);
		return ok(Http.post("/api/procurement/projects/" + id + "/publication", OFFICER, version(approved)), 200);
	}

	/**
	 * A competitive consultation (竞争性磋商, which may go on with the two agencies of the
	 * demo realm) for the project, taking bids for 21 days from the service's now.
	 */
	static JsonNode publishedTender(String projectId, String title) {
		JsonNode draft = ok(Http.post("/api/procurement/tenders", OFFICER, """
				{"projectId":"%s","method":"COMPETITIVE_CONSULTATION","title":"%s","summary":"一年期站点运营"}"""
			.formatted(projectId, title)), 201);
		Instant deadline = serviceNow().plus(Duration.ofDays(21));
		return ok(Http.post("/api/procurement/tenders/" + draft.get("id").asString() + "/publication", OFFICER,
				"{\"biddingDeadline\":\"%s\",\"version\":%d}".formatted(deadline, draft.get("version").asLong())), 200);
	}

	static JsonNode bid(String tenderId, String agencyUser, String priceYuan) {
		return ok(Http.post("/api/procurement/tenders/" + tenderId + "/bids", agencyUser, """
				{"priceYuan":"%s","proposalSummary":"站点运营方案：个案、小组、社区活动","staffingPlan":%s}""".formatted(priceYuan,
				STAFFING_PLAN)), 201);
	}

	static String version(JsonNode versioned) {
		return "{\"version\":" + versioned.get("version").asLong() + "}";
	}

	/**
	 * Lets a ban left by an earlier run lapse (the suite's data outlives a run, and a ban
	 * is never lifted by hand): the clock moves past its last day.
	 */
	static void banLapsed(String agencyId) {
		Http.Response agency = Http.getAs("/api/procurement/agencies/" + agencyId, OFFICER);
		if (agency.status() != 200 || !agency.json().get("bannedToday").asBoolean()) {
			return;
		}
		LocalDate until = LocalDate.parse(agency.json().get("bannedUntil").asString());
		advanceServiceClock(Duration.ofDays(until.toEpochDay() - serviceToday().toEpochDay() + 1));
		assertThat(Http.getAs("/api/procurement/agencies/" + agencyId, OFFICER).json().get("bannedToday").asBoolean())
			.isFalse();
	}

	static JsonNode ok(Http.Response response, int expectedStatus) {
		assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
		return response.json();
	}

}
