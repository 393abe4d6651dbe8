package cn.shegong.evaluation.rectification.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.scenario.ContractOnRecord;
import cn.shegong.evaluation.scenario.EvaluationSteps;
import cn.shegong.evaluation.scenario.Evaluators;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static cn.shegong.evaluation.scenario.EvaluationSteps.OFFICER;
import static cn.shegong.evaluation.scenario.Evaluators.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rectification through the broker: a final grade (read back from evaluation's own topic)
 * opens it, the agency reports, the buyer returns and then verifies it, and a verified
 * 不合格 plans the re-evaluation, which names the evaluation it corrects.
 */
@ServiceIntegrationTest
class RectificationIT {

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		AdjustableClock clock() {
			return AdjustableClock.inShanghai();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	@Autowired
	EvaluationFlow flow;

	@Autowired
	AdjustableClock clock;

	ProducedEvents events;

	PublishedEvents published;

	ContractOnRecord contract;

	String contractId;

	String agencyId;

	String evaluationId;

	@BeforeEach
	void aContractWhoseMidTermMilestoneFellDue() throws Exception {
		this.events = new ProducedEvents(this.kafka, this.json);
		this.published = new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION);
		this.contract = ContractOnRecord.fresh(this.context).awarded().milestoneFellDue(1);
		this.contractId = this.contract.contractId();
		this.agencyId = this.contract.agencyId();
		this.evaluationId = this.contract.evaluationId();
		new EvaluationSteps(this.mvc, this.evaluationId).planned(ADMIN);
	}

	@Test
	void aVerifiedRectificationOfAFailingGradePlansTheReEvaluationThatCorrectsIt() throws Exception {
		failFinally();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> rectification(Tokens.agencyStaff(this.agencyId)).andExpect(status().isOk()));
		rectification(Tokens.agencyStaff(this.agencyId)).andExpect(jsonPath("$.status").value("REQUIRED"))
			.andExpect(jsonPath("$.grade").value("FAIL"))
			.andExpect(jsonPath("$.reEvaluationRequired").value(true))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.deadline").value(LocalDate.now(this.clock).plusDays(30).toString()));
		rectification(Tokens.agencyStaff("agency-other")).andExpect(status().isNotFound());
		act("/verification", OFFICER, "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("rectification-in-wrong-status")));

		report(Tokens.agencyStaff(this.agencyId), "已整改台账").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		act("/verification", Tokens.as("supervisor", "supervisor", Map.of(KeycloakClaims.REGION, "330481")), "")
			.andExpect(status().isForbidden());
		act("/verification", Tokens.officer("440800"), "").andExpect(status().isNotFound());
		act("/return", OFFICER, "{\"reason\": \"\"}").andExpect(status().isBadRequest());
		act("/return", OFFICER, "{\"reason\": \"证据不足\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REQUIRED"));
		report(Tokens.agencyStaff(this.agencyId), "补充了证据").andExpect(status().isOk());
		act("/verification", OFFICER, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.history[*].step")
				.value(Matchers.contains("SUBMITTED", "RETURNED", "SUBMITTED", "VERIFIED")));

		EventEnvelope verified = this.published.about(this.evaluationId, EvaluationEvents.RECTIFICATION_VERIFIED)
			.get(0);
		assertThat(PublishedEvents.violations(verified,
				EvaluationEvents.schemaPath(EvaluationEvents.RECTIFICATION_VERIFIED)))
			.isEmpty();
		assertThat(verified.data()).containsEntry("grade", "FAIL").containsEntry("milestoneId", "ms-1");

		String reEvaluation = this.evaluationId + "-re1";
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> perform(get("/api/evaluation/evaluations/{id}", reEvaluation), ADMIN)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.kind").value("RE_EVALUATION"))
				.andExpect(jsonPath("$.status").value("PLANNED"))
				.andExpect(jsonPath("$.milestoneId").value("ms-1"))
				.andExpect(jsonPath("$.correctsEvaluationId").value(this.evaluationId)));
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), ADMIN)
			.andExpect(jsonPath("$.status").value("RECTIFICATION_REQUIRED"))
			.andExpect(jsonPath("$.grade.grade").value("FAIL"));

		perform(post("/api/evaluation/evaluations/{id}/re-evaluations", this.evaluationId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"复核发现计分错误\"}"), Tokens.agencyStaff(this.agencyId))
			.andExpect(status().isForbidden());
		perform(post("/api/evaluation/evaluations/{id}/re-evaluations", this.evaluationId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"复核发现计分错误\"}"), OFFICER).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(this.evaluationId + "-re2"))
			.andExpect(jsonPath("$.correctsEvaluationId").value(this.evaluationId));
		perform(post("/api/evaluation/evaluations/{id}/re-evaluations", reEvaluation)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"尚未评分\"}"), OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("only-final-evaluations-are-re-evaluated")));
		perform(get("/api/evaluation/evaluations/{id}/re-evaluations", this.evaluationId),
				Tokens.agencyStaff(this.agencyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(Matchers.contains(reEvaluation, this.evaluationId + "-re2")));
		assertThat(this.published.about(reEvaluation, EvaluationEvents.EVALUATION_SCHEDULED)).hasSize(1);
	}

	@Test
	void aPassingGradesRectificationIsVerifiedWithoutAReEvaluation() throws Exception {
		Map<String, Object> finalized = ProducedEvents.example("evaluation.EvaluationFinalized");
		String passed = "ev-" + UUID.randomUUID();
		finalized.put("evaluationId", passed);
		finalized.put("contractId", this.contractId);
		finalized.put("agencyId", this.agencyId);
		finalized.put("regionCode", "330481");
		finalized.put("grade", "PASS");
		finalized.put("finalizedOn", LocalDate.now(this.clock).toString());
		EventEnvelope event = ProducedEvents.event("evaluation.EvaluationFinalized", passed, finalized);
		this.events.send(Topics.EVALUATION, event);
		this.events.send(Topics.EVALUATION, event);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> perform(get("/api/evaluation/rectifications").param("contractId", this.contractId), OFFICER)
						.andExpect(jsonPath("$[*].evaluationId").value(Matchers.contains(passed))));
		perform(get("/api/evaluation/rectifications/{id}", passed), OFFICER)
			.andExpect(jsonPath("$.reEvaluationRequired").value(false));
		this.clock.advance(Duration.ofDays(31));
		perform(get("/api/evaluation/rectifications").param("agencyId", this.agencyId),
				Tokens.agencyStaff(this.agencyId))
			.andExpect(jsonPath("$[0].overdue").value(true));
		perform(get("/api/evaluation/rectifications"), OFFICER).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("rectification-list-needs-a-filter")));
		perform(get("/api/evaluation/rectifications").param("contractId", " ").param("agencyId", ""), OFFICER)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("rectification-list-needs-a-filter")));

		perform(post("/api/evaluation/rectifications/{id}/report", passed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"改进了档案管理\", \"evidenceRefs\": [\"doc-7\"]}"), Tokens.agencyStaff(this.agencyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.late").value(true));
		perform(post("/api/evaluation/rectifications/{id}/verification", passed), ADMIN).andExpect(status().isOk());
		EventEnvelope verified = this.published.about(passed, EvaluationEvents.RECTIFICATION_VERIFIED).get(0);
		assertThat(verified.data()).containsEntry("grade", "PASS").containsEntry("contractId", this.contractId);
		assertThat(PublishedEvents.violations(verified,
				EvaluationEvents.schemaPath(EvaluationEvents.RECTIFICATION_VERIFIED)))
			.isEmpty();
		perform(get("/api/evaluation/evaluations/{id}/re-evaluations", this.evaluationId), ADMIN)
			.andExpect(jsonPath("$").isEmpty());
	}

	private void failFinally() throws Exception {
		this.contract.figuresArrive();
		new EvaluationSteps(this.mvc, this.evaluationId).gradedWithFinanceCheck(Evaluators.register(this.mvc),
				Tokens.agencyStaff(this.agencyId), LocalDate.now(this.clock), "FAILED");
		this.clock.advance(Duration.ofDays(10));
		this.flow.finalizeClosedWindows();
	}

	private ResultActions rectification(RequestPostProcessor token) throws Exception {
		return perform(get("/api/evaluation/rectifications/{id}", this.evaluationId), token);
	}

	private ResultActions report(RequestPostProcessor token, String text) throws Exception {
		return act("/report", token, "{\"text\": \"" + text + "\", \"evidenceRefs\": [\"doc-5\"]}");
	}

	private ResultActions act(String action, RequestPostProcessor token, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/evaluation/rectifications/{id}" + action, this.evaluationId);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return perform(request, token);
	}

	private ResultActions perform(MockHttpServletRequestBuilder request, RequestPostProcessor token) throws Exception {
		return this.mvc.perform(request.with(token));
	}

}
