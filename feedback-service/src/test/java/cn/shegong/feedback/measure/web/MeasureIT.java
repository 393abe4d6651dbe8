package cn.shegong.feedback.measure.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.feedback.event.MeasureEvents;
import cn.shegong.feedback.measure.MeasureClockConfiguration;
import cn.shegong.feedback.measure.MeasurePublishedEvents;
import cn.shegong.feedback.measure.ServedProjectsFixture;
import cn.shegong.feedback.measure.application.PeriodClosing;
import cn.shegong.feedback.panel.EvaluatorPanels;
import cn.shegong.feedback.panel.EvaluatorPanelsFixture;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Residents answer and staff enter a paper questionnaire; the month ends on the test
 * clock and closing it, run twice at once and once more, publishes its measure once with
 * the right numbers; an evaluator assigned to the project asks for a measure over any
 * days, and one who is not is told the project does not exist.
 */
@ServiceIntegrationTest
@Import(MeasureClockConfiguration.class)
class MeasureIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServedProjects projects;

	@Autowired
	AdjustableClock clock;

	@Autowired
	PeriodClosing closing;

	@Autowired
	EvaluatorPanels panels;

	@Autowired
	OutboxRelay relay;

	@Autowired
	EmbeddedKafkaBroker broker;

	String agency;

	String projectId;

	RequestPostProcessor assignedEvaluator;

	RequestPostProcessor unassignedEvaluator = EvaluatorPanelsFixture.evaluator("evaluator." + UUID.randomUUID());

	@BeforeEach
	void fourRespondentsAnswerAboutAStationRunByOurAgency() throws Exception {
		this.agency = "agency-" + UUID.randomUUID();
		this.projectId = ServedProjectsFixture.runBy(this.projects, this.agency, today().minusMonths(1));
		this.assignedEvaluator = EvaluatorPanelsFixture.evaluatorAssignedTo(this.panels, this.projectId);
		online("""
				{"EFFICIENCY": 5, "ATTITUDE": 4}""",
				"""
						{"STATION_ADDRESS": true, "SERVICES": true, "STAFF": true, "HOW_TO_ASK_FOR_HELP": true, "FUNDER": true}""");
		online("""
				{"EFFICIENCY": 3, "ATTITUDE": null}""",
				"""
						{"STATION_ADDRESS": true, "SERVICES": true, "STAFF": true, "HOW_TO_ASK_FOR_HELP": false, "FUNDER": false}""");
		online("""
				{"EFFICIENCY": 4}""",
				"""
						{"STATION_ADDRESS": true, "SERVICES": true, "STAFF": false, "HOW_TO_ASK_FOR_HELP": false, "FUNDER": false}""");
		this.mvc
			.perform(post("/api/feedback/projects/" + this.projectId + "/survey-responses")
				.with(Tokens.agencyStaff(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel": "PAPER_QUESTIONNAIRE", "surveyVersion": 1,
						 "answers": {"EFFICIENCY": 2, "ATTITUDE": 5}}"""))
			.andExpect(status().isCreated());
		ticket("COMPLAINT", "楼道灯坏了没人修");
		ticket("PRAISE", "感谢社工上门探访");
	}

	@Test
	void closingTheMonthPublishesItsMeasureOnceWithTheRightNumbers() throws Exception {
		YearMonth answered = YearMonth.from(today());
		String month = answered.toString();
		ZonedDateTime nextMonth = answered.plusMonths(1).atDay(1).atStartOfDay(this.clock.getZone());
		// Three days into the next month: the complaint, unanswered, is past its 48
		// hours.
		this.clock.advance(Duration.between(this.clock.instant(), nextMonth.toInstant()).plusDays(3));

		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.closing::runOnce);
		CompletableFuture<Integer> other = CompletableFuture.supplyAsync(this.closing::runOnce);
		CompletableFuture.allOf(one, other).join();
		this.closing.runOnce();

		List<EventEnvelope> measured = events().about(this.projectId, MeasureEvents.SATISFACTION_MEASURED);
		assertThat(measured).allSatisfy((event) -> assertThat(MeasurePublishedEvents.violations(event)).isEmpty());
		assertThat(measured).extracting((event) -> period(event).get("label"))
			.as("each closed period once")
			.doesNotHaveDuplicates()
			.contains(month, answered.minusMonths(1).toString());
		Map<String, Object> data = measured.stream()
			.filter((event) -> month.equals(period(event).get("label")))
			.findFirst()
			.orElseThrow()
			.data();
		assertThat(data).containsEntry("responses", 4)
			.containsEntry("satisfactionRateBp", 6667)
			.containsEntry("satisfiedAnswers", 4)
			.containsEntry("validAnswers", 6)
			.containsEntry("awarenessRateBp", 6667)
			.containsEntry("awareRespondents", 2)
			.containsEntry("awarenessRespondents", 3)
			.containsEntry("satisfactionTargetMet", false)
			.containsEntry("agencyId", this.agency)
			.containsEntry("reason", "PERIOD_CLOSED")
			.containsEntry("countsByChannel", Map.of("ONLINE_FORM", 3, "HOTLINE", 0, "COMMUNITY_FORUM", 0,
					"PAPER_QUESTIONNAIRE", 1, "VILLAGE_COMMITTEE", 0));
		assertThat(data).as("praise runs no clock; the open complaint counts against the agency")
			.containsEntry("tickets",
					Map.of("received", 2, "closed", 0, "closedOnTime", 0, "openOverdue", 1, "onTimeRateBp", 0));
		assertThat(dimension(data, "EFFICIENCY")).isEqualTo(Map.of("rateBp", 5000, "satisfied", 2, "valid", 4));
		assertThat(dimension(data, "ATTITUDE")).isEqualTo(Map.of("rateBp", 10000, "satisfied", 2, "valid", 2));
		assertThat(dimension(data, "FACILITIES")).containsEntry("valid", 0).containsEntry("rateBp", null);
		Map<String, Object> before = measured.stream()
			.filter((event) -> answered.minusMonths(1).toString().equals(period(event).get("label")))
			.findFirst()
			.orElseThrow()
			.data();
		assertThat(before).as("the month the term started, nobody answered")
			.containsEntry("responses", 0)
			.containsEntry("tickets", Map.of("received", 0, "closed", 0, "closedOnTime", 0, "openOverdue", 0))
			.doesNotContainKeys("satisfactionRateBp", "awarenessRateBp")
			.containsEntry("satisfactionTargetMet", false);
	}

	@Test
	void theRunningAgencyAndItsEvaluatorReadTheMonthsMeasureAndAnotherAgencyOrEvaluatorCannot() throws Exception {
		String month = YearMonth.from(today()).toString();

		measures(Tokens.agencyStaff(this.agency), month).andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(4))
			.andExpect(jsonPath("$.satisfaction.count").value(4))
			.andExpect(jsonPath("$.satisfaction.of").value(6))
			.andExpect(jsonPath("$.satisfaction.bp").value(6667))
			.andExpect(jsonPath("$.dimensions.EFFICIENCY.bp").value(5000))
			.andExpect(jsonPath("$.awareness.bp").value(6667))
			.andExpect(jsonPath("$.satisfactionTargetBp").value(8500));
		measures(this.assignedEvaluator, month).andExpect(status().isOk()).andExpect(jsonPath("$.responses").value(4));
		measures(this.unassignedEvaluator, month).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
		measures(Tokens.agencyStaff("agency-elsewhere"), month).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
		measures(Tokens.agencyStaff(this.agency), "2027-13").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-malformed"));
	}

	@Test
	void anAssignedEvaluatorAsksForAMeasureOverAnyDaysAndItIsPublished() throws Exception {
		measurement(this.assignedEvaluator, today().minusDays(3), today()).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("RANGE"))
			.andExpect(jsonPath("$.responses").value(4))
			.andExpect(jsonPath("$.dimensions.ATTITUDE.bp").value(10000));

		List<EventEnvelope> measured = events().about(this.projectId, MeasureEvents.SATISFACTION_MEASURED);
		assertThat(measured).singleElement().satisfies((event) -> {
			assertThat(event.data()).containsEntry("reason", "ON_DEMAND")
				.containsEntry("responses", 4)
				.as("both tickets just received: nothing settled, so no on-time rate")
				.containsEntry("tickets", Map.of("received", 2, "closed", 0, "closedOnTime", 0, "openOverdue", 0));
			assertThat(period(event)).containsEntry("kind", "RANGE").containsEntry("to", today().toString());
			assertThat(MeasurePublishedEvents.violations(event)).isEmpty();
		});
	}

	@Test
	void onlyThoseOverseeingTheProjectOrAssignedToEvaluateItMayAskForAMeasure() throws Exception {
		measurement(Tokens.officer(ServedProjectsFixture.REGION), today(), today()).andExpect(status().isOk());
		measurement(Tokens.officer("110101"), today(), today()).andExpect(status().isNotFound());
		measurement(Tokens.agencyStaff(this.agency), today(), today()).andExpect(status().isForbidden());
		measurement(this.unassignedEvaluator, today(), today()).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
		assertThat(events().about(this.projectId, MeasureEvents.SATISFACTION_MEASURED)).hasSize(1);
		measurement(this.assignedEvaluator, today(), today().minusDays(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("period-range-reversed"));
	}

	private void online(String answers, String awareness) throws Exception {
		this.mvc
			.perform(post("/api/feedback/public/survey-responses").header("X-Forwarded-For", "10.9.0.1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"project": "%s", "surveyVersion": 1, "answers": %s, "awareness": %s}"""
					.formatted(this.projectId, answers, awareness)))
			.andExpect(status().isCreated());
	}

	private void ticket(String category, String text) throws Exception {
		this.mvc
			.perform(post("/api/feedback/projects/{id}/tickets", this.projectId).with(Tokens.agencyStaff(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel": "HOTLINE", "category": "%s", "text": "%s"}""".formatted(category, text)))
			.andExpect(status().isCreated());
	}

	private ResultActions measures(RequestPostProcessor token, String period) throws Exception {
		return this.mvc
			.perform(get("/api/feedback/projects/" + this.projectId + "/measures").param("period", period).with(token));
	}

	private ResultActions measurement(RequestPostProcessor token, LocalDate from, LocalDate to) throws Exception {
		return this.mvc.perform(post("/api/feedback/projects/" + this.projectId + "/measurements").with(token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"from": "%s", "to": "%s"}""".formatted(from, to)));
	}

	private MeasurePublishedEvents events() {
		return new MeasurePublishedEvents(this.broker.getBrokersAsString(), this.relay);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> period(EventEnvelope event) {
		return (Map<String, Object>) event.data().get("period");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> dimension(Map<String, Object> data, String dimension) {
		return ((Map<String, Map<String, Object>>) data.get("dimensions")).get(dimension);
	}

}
