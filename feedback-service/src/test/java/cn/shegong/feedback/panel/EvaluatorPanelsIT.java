package cn.shegong.feedback.panel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.feedback.measure.ServedProjectsFixture;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evaluation's panels arrive through the broker in evaluation's own envelope and example
 * payload; from then on the project's measures and on-time figures, and on-demand
 * measurements, open to its evaluators and to nobody else of their role, also after the
 * evaluation is final.
 */
@ServiceIntegrationTest
class EvaluatorPanelsIT {

	private static final Path ASSIGNED_EXAMPLE = Path
		.of("../evaluation-service/src/main/resources/events/evaluation.EvaluatorsAssigned.v1.example.json");

	@Autowired
	MockMvc mvc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ServedProjects projects;

	@Autowired
	Clock clock;

	String projectId;

	@BeforeEach
	void aProjectRunByAnAgency() {
		this.projectId = ServedProjectsFixture.runBy(this.projects, "agency-" + UUID.randomUUID(),
				LocalDate.now(this.clock).minusMonths(1));
	}

	@Test
	void onlyTheEvaluatorsOnAPanelOfTheProjectReadItsFiguresAndARedeliveryChangesNothing() throws Exception {
		String zhiping = "evaluator.zhiping-" + UUID.randomUUID();
		String lanfang = "evaluator.lanfang-" + UUID.randomUUID();
		String midTerm = "ev-" + UUID.randomUUID();
		EventEnvelope assigned = envelope("evaluation.EvaluatorsAssigned", panel(midTerm, zhiping));

		measures(EvaluatorPanelsFixture.evaluator(zhiping)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));

		// Delivered twice, as after a crash between handling and recording; then the
		// evaluation ends, an event feedback ignores; then a later evaluation's panel, in
		// order on the same key, tells the test all before it was handled.
		send(assigned);
		send(assigned);
		send(envelope("evaluation.EvaluationFinalized", Map.of("evaluationId", midTerm, "projectId", this.projectId)));
		send(envelope("evaluation.EvaluatorsAssigned", panel("ev-" + UUID.randomUUID(), lanfang)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> measures(EvaluatorPanelsFixture.evaluator(lanfang)).andReturn()
				.getResponse()
				.getStatus() == 200);

		RequestPostProcessor assignedEvaluator = EvaluatorPanelsFixture.evaluator(zhiping);
		measures(assignedEvaluator).andExpect(status().isOk()).andExpect(jsonPath("$.responses").value(0));
		ticketMeasures(assignedEvaluator).andExpect(status().isOk());
		measurement(assignedEvaluator).andExpect(status().isOk());

		RequestPostProcessor unassigned = EvaluatorPanelsFixture.evaluator("evaluator.unassigned-" + UUID.randomUUID());
		measures(unassigned).andExpect(status().isNotFound()).andExpect(jsonPath("$.rule").value("project-not-found"));
		ticketMeasures(unassigned).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));
		measurement(unassigned).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("project-not-found"));

		assertThat(this.mongo.count(Query.query(Criteria.where("projectId").is(this.projectId)),
				EvaluatorPanels.PanelDocument.COLLECTION))
			.as("one panel per evaluation however often it is delivered")
			.isEqualTo(2);
		measures(Tokens.officer(ServedProjectsFixture.REGION)).andExpect(status().isOk());
	}

	private Map<String, Object> panel(String evaluationId, String evaluator) throws IOException {
		Map<String, Object> panel = JsonMapper.builder()
			.build()
			.readValue(Files.readString(ASSIGNED_EXAMPLE), new TypeReference<>() {
			});
		panel.put("evaluationId", evaluationId);
		panel.put("projectId", this.projectId);
		panel.put("contractId", "ctr-" + this.projectId);
		panel.put("evaluatorIds", List.of(evaluator));
		return panel;
	}

	private EventEnvelope envelope(String type, Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(), "evaluation-service",
				String.valueOf(data.get("evaluationId")), data);
	}

	private void send(EventEnvelope event) {
		this.kafka.send(Topics.EVALUATION, this.projectId, this.json.write(event));
	}

	private ResultActions measures(RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(get("/api/feedback/projects/{id}/measures", this.projectId)
			.param("period", YearMonth.now(this.clock).toString())
			.with(caller));
	}

	private ResultActions ticketMeasures(RequestPostProcessor caller) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		return this.mvc.perform(get("/api/feedback/projects/{id}/ticket-measures", this.projectId)
			.param("from", today.minusDays(7).toString())
			.param("to", today.toString())
			.with(caller));
	}

	private ResultActions measurement(RequestPostProcessor caller) throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		return this.mvc.perform(post("/api/feedback/projects/{id}/measurements", this.projectId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"%s\", \"to\": \"%s\"}".formatted(today.minusDays(7), today)));
	}

}
