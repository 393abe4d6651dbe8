package cn.shegong.evaluation.rectification.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
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
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.evaluation.callback.web.CallbackSteps;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.json.JsonMapper;

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

	static final RequestPostProcessor ADMIN = Tokens.as("admin", "admin", Map.of());

	static final RequestPostProcessor OFFICER = Tokens.officer("330400");

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
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	@Autowired
	LatestFigures latest;

	@Autowired
	EvaluationFlow flow;

	@Autowired
	AdjustableClock clock;

	ProducedEvents events;

	PublishedEvents published;

	String contractId;

	String agencyId;

	String evaluationId;

	@BeforeEach
	void aContractWhoseMidTermMilestoneFellDue() throws Exception {
		this.events = new ProducedEvents(this.kafka, this.json);
		this.published = new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION);
		this.contractId = "ctr-" + UUID.randomUUID();
		this.agencyId = "agency-" + UUID.randomUUID();
		this.evaluationId = "ev-" + this.contractId + "-ms-1";
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", this.contractId);
		award.put("projectId", "prj-" + this.contractId);
		award.put("agencyId", this.agencyId);
		this.events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ContractAwarded", this.contractId, award));
		Map<String, Object> due = ProducedEvents.example("procurement.MilestoneDue");
		due.put("contractId", this.contractId);
		due.put("agencyId", this.agencyId);
		this.events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.MilestoneDue", this.contractId, due));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), ADMIN)
				.andExpect(status().isOk()));
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
		figuresArrive();
		String evaluator = register();
		act("/assignment", OFFICER, "{\"evaluatorIds\": [\"" + evaluator + "\"]}", "evaluations")
			.andExpect(status().isOk());
		act("/self-assessment", Tokens.agencyStaff(this.agencyId),
				"{\"entries\": {\"1.2.1\": {\"text\": \"制度齐全\", \"evidenceRefs\": [\"doc-1\"]}}}", "evaluations")
			.andExpect(status().isOk());
		new CallbackSteps(this.mvc, this.evaluationId).allConfirmed(Tokens.agencyStaff(this.agencyId),
				evaluatorToken(evaluator), LocalDate.now(this.clock));
		act("/score-sheets", evaluatorToken(evaluator), sheet(Map.of("1.2.1", 5, "1.2.2", 4, "2.1.1", 6)),
				"evaluations")
			.andExpect(status().isOk());
		act("/score-sheets", OFFICER, sheet(Map.of("2.2.1", 4, "3.3.1", 4)), "evaluations").andExpect(status().isOk());
		act("/consolidation", OFFICER, "", "evaluations").andExpect(status().isOk());
		act("/provisional-grade", OFFICER, "{\"financeCheck\": \"FAILED\"}", "evaluations").andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(10));
		this.flow.finalizeClosedWindows();
	}

	private void figuresArrive() throws Exception {
		Map<String, Object> measured = ProducedEvents.example("feedback.SatisfactionMeasured");
		measured.put("contractId", this.contractId);
		measured.put("projectId", "prj-" + this.contractId);
		this.events.send(Topics.FEEDBACK,
				ProducedEvents.event("feedback.SatisfactionMeasured", "prj-" + this.contractId, measured));
		Map<String, Object> staffing = ProducedEvents.example("talent.StaffingChanged");
		staffing.put("contractId", this.contractId);
		staffing.remove("projectId");
		this.events.send(Topics.TALENT, ProducedEvents.event("talent.StaffingChanged", this.contractId, staffing));
		Map<String, Object> progress = ProducedEvents.example("procurement.ProgressReported");
		progress.put("contractId", this.contractId);
		this.events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ProgressReported", this.contractId, progress));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.latest.forContract(this.contractId).size() == 6);
	}

	private String register() throws Exception {
		String id = "eva-" + UUID.randomUUID();
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(
					Map.of("evaluatorId", id, "name", "评估员", "evaluatorOrgId", "org-" + id, "employments", List.of()));
		this.mvc.perform(
				post("/api/evaluation/evaluators").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful());
		return id;
	}

	private static String sheet(Map<String, Integer> scores) {
		StringBuilder body = new StringBuilder("{\"scores\": {");
		scores.forEach((code, score) -> body.append('"')
			.append(code)
			.append("\": {\"score\": ")
			.append(score)
			.append(", \"evidenceRefs\": [\"doc-2\"]},"));
		body.setLength(body.length() - 1);
		return body.append("}}").toString();
	}

	private ResultActions rectification(RequestPostProcessor token) throws Exception {
		return perform(get("/api/evaluation/rectifications/{id}", this.evaluationId), token);
	}

	private ResultActions report(RequestPostProcessor token, String text) throws Exception {
		return act("/report", token, "{\"text\": \"" + text + "\", \"evidenceRefs\": [\"doc-5\"]}");
	}

	private ResultActions act(String action, RequestPostProcessor token, String body) throws Exception {
		return act(action, token, body, "rectifications");
	}

	private ResultActions act(String action, RequestPostProcessor token, String body, String area) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/evaluation/" + area + "/{id}" + action, this.evaluationId);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return perform(request, token);
	}

	private ResultActions perform(MockHttpServletRequestBuilder request, RequestPostProcessor token) throws Exception {
		return this.mvc.perform(request.with(token));
	}

	private static RequestPostProcessor evaluatorToken(String evaluatorId) {
		return Tokens.as(evaluatorId, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "org-" + evaluatorId));
	}

}
