package cn.shegong.evaluation.figure.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.messaging.AnnouncedDues;
import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Figures arrive from feedback, talent and procurement through the broker (each twice, as
 * a redelivery would), are kept with the event they came from, and are shown per data
 * source to those who may read the contract.
 */
@ServiceIntegrationTest
@Import(AnnouncedDues.class)
class FiguresIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ContractCopies contracts;

	@Autowired
	LatestFigures latest;

	ProducedEvents events;

	String contractId;

	String projectId;

	String agencyId;

	@BeforeEach
	void aContractAwardedToAnAgency() throws IOException {
		this.events = new ProducedEvents(this.kafka, this.json);
		this.contractId = "ctr-" + UUID.randomUUID();
		this.projectId = "prj-" + UUID.randomUUID();
		this.agencyId = "agency-" + UUID.randomUUID();
		Map<String, Object> data = ProducedEvents.example("procurement.ContractAwarded");
		data.put("contractId", this.contractId);
		data.put("projectId", this.projectId);
		data.put("agencyId", this.agencyId);
		this.events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ContractAwarded", this.contractId, data));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.contracts.find(this.contractId).isPresent());
	}

	@Test
	void everyFigureIsShownAsAPercentageWithTheEventItCameFrom() throws Exception {
		EventEnvelope satisfaction = twice(Topics.FEEDBACK, satisfactionMeasured("2027-04-01T00:20:00Z", 6250));
		EventEnvelope staffing = twice(Topics.TALENT, staffingChanged());
		EventEnvelope progress = twice(Topics.PROCUREMENT, progressReported());

		await().atMost(Duration.ofSeconds(30)).until(() -> this.latest.forContract(this.contractId).size() == 5);
		assertThat(this.mongo.count(
				Query.query(
						Criteria.where("eventId").in(satisfaction.eventId(), staffing.eventId(), progress.eventId())),
				"figures"))
			.isEqualTo(5);

		figures(Tokens.evaluator("org-1")).andExpect(status().isOk())
			.andExpect(jsonPath("$.projectId").value(this.projectId))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'SATISFACTION_RATE')].percent").value(62.5))
			.andExpect(
					jsonPath("$.figures[?(@.dataSource == 'SATISFACTION_RATE')].eventId").value(satisfaction.eventId()))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'SATISFACTION_RATE')].measuredAt")
				.value("2027-04-01T00:20:00Z"))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'AWARENESS_RATE')].percent").value(75.0))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'STAFFING_COMPLIANCE')].percent").value(0.0))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'CERTIFIED_RATIO')].percent").value(50.0))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'CERTIFIED_RATIO')].eventType")
				.value("talent.StaffingChanged"))
			// resources linked 6 against 5 × 90/365 and community hours 6400 against 6000
			// bp: both met.
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'SERVICE_VOLUME_VS_TARGET')].percent").value(100.0))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'SERVICE_VOLUME_VS_TARGET')].eventId")
				.value(progress.eventId()))
			.andExpect(jsonPath("$.notYetMeasured").value(Matchers.contains("TICKET_ON_TIME_RATE", "DATA_QUALITY")));
	}

	@Test
	void aLaterMeasurementIsTheLatestAndTheEarlierOneIsKept() throws Exception {
		twice(Topics.FEEDBACK, satisfactionMeasured("2027-05-01T00:20:00Z", 9000));
		twice(Topics.FEEDBACK, satisfactionMeasured("2027-04-01T00:20:00Z", 6250));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(Criteria.where("projectId").is(this.projectId)), "figures") == 4);
		assertThat(this.latest.forContract(this.contractId).get(DataSource.SATISFACTION_RATE).percent())
			.isEqualByComparingTo("90.00");
	}

	@Test
	void theTicketOnTimeRateComesWithTheSatisfactionMeasureOfTheSamePeriod() throws Exception {
		Map<String, Object> data = ProducedEvents.example("feedback.SatisfactionMeasured");
		data.put("projectId", this.projectId);
		data.put("contractId", this.contractId);
		EventEnvelope measured = twice(Topics.FEEDBACK,
				ProducedEvents.event("feedback.SatisfactionMeasured", this.projectId, data));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.latest.forContract(this.contractId).containsKey(DataSource.TICKET_ON_TIME_RATE));
		figures(Tokens.evaluator("org-1"))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'TICKET_ON_TIME_RATE')].percent").value(50.0))
			.andExpect(
					jsonPath("$.figures[?(@.dataSource == 'TICKET_ON_TIME_RATE')].eventId").value(measured.eventId()))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'TICKET_ON_TIME_RATE')].basis")
				.value("2 closed on time of 3 closed and 1 open overdue, 2027-Q1"));
	}

	@Test
	void theContractsAgencyAndOfficersOfItsRegionMayReadItsFigures() throws Exception {
		figures(Tokens.agencyStaff(this.agencyId)).andExpect(status().isOk());
		figures(Tokens.officer("330400")).andExpect(status().isOk());
		figures(Tokens.as("supervisor", "supervisor", Map.of("region", "330481"))).andExpect(status().isOk());
		figures(Tokens.as("admin", "admin", Map.of())).andExpect(status().isOk());
	}

	@Test
	void anotherAgencyOrRegionIsToldTheContractDoesNotExist() throws Exception {
		figures(Tokens.agencyStaff("agency-other")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("contract-not-found")));
		figures(Tokens.officer("440800")).andExpect(status().isNotFound());
	}

	@Test
	void withoutATokenTheFiguresAreRefused() throws Exception {
		this.mvc.perform(get("/api/evaluation/contracts/{id}/figures", this.contractId))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions figures(RequestPostProcessor token) throws Exception {
		return this.mvc.perform(get("/api/evaluation/contracts/{id}/figures", this.contractId).with(token));
	}

	private EventEnvelope twice(String topic, EventEnvelope event) {
		this.events.send(topic, event);
		this.events.send(topic, event);
		return event;
	}

	/**
	 * Keyed by project and without the contract, as feedback measures before it knows the
	 * award.
	 */
	private EventEnvelope satisfactionMeasured(String measuredAt, int satisfactionRateBp) throws IOException {
		Map<String, Object> data = ProducedEvents.example("feedback.SatisfactionMeasured");
		data.put("projectId", this.projectId);
		data.remove("contractId");
		data.remove("tickets");
		data.put("measuredAt", measuredAt);
		data.put("satisfactionRateBp", satisfactionRateBp);
		return ProducedEvents.event("feedback.SatisfactionMeasured", this.projectId, data);
	}

	private EventEnvelope staffingChanged() throws IOException {
		Map<String, Object> data = ProducedEvents.example("talent.StaffingChanged");
		data.put("contractId", this.contractId);
		data.remove("projectId");
		return ProducedEvents.event("talent.StaffingChanged", this.contractId, data);
	}

	private EventEnvelope progressReported() throws IOException {
		Map<String, Object> data = ProducedEvents.example("procurement.ProgressReported");
		data.put("contractId", this.contractId);
		return ProducedEvents.event("procurement.ProgressReported", this.contractId, data);
	}

}
