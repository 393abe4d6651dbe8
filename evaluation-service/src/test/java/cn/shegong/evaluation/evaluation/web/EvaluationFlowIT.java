package cn.shegong.evaluation.evaluation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.callback.web.CallbackSteps;
import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.contract.model.MilestoneType;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.EventSchemas;
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
 * The evaluation of a milestone from procurement's MilestoneDue to the public result,
 * through the broker: planned once however often the milestone is announced, scored with
 * the automatic leaves filled from feedback's, talent's and procurement's figures,
 * graded, heard and made final, and published for procurement as its consumed schema
 * says.
 */
@ServiceIntegrationTest
class EvaluationFlowIT {

	/** What procurement reads of EvaluationFinalized, written by procurement. */
	static final Path PROCUREMENT_SCHEMA = Path
		.of("../procurement-service/src/test/resources/consumed/evaluation.EvaluationFinalized.v1.schema.json");

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

	String evaluator;

	@BeforeEach
	void aContractWhoseMidTermMilestoneFellDueTwice() throws Exception {
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
		this.events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.MilestoneDue", this.contractId, due));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), ADMIN)
				.andExpect(status().isOk()));
		this.evaluator = register(List.of());
	}

	@Test
	void aMilestoneIsEvaluatedFromItsDueDateToThePublicResult() throws Exception {
		EventEnvelope satisfaction = figuresArrive();
		assertThat(this.flow
			.plan(new MilestoneFellDue(this.contractId, "ms-1", MilestoneType.MID_TERM, LocalDate.parse("2027-06-30"))))
			.as("the milestone announced again plans nothing")
			.isFalse();
		assertThat(scheduled()).hasSize(1);
		assertThat(PublishedEvents.violations(scheduled().get(0),
				EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_SCHEDULED)))
			.isEmpty();

		String conflicted = register(List.of(Map.of("agencyId", this.agencyId, "from", "2025-01-01", "until",
				LocalDate.now(this.clock).minusMonths(6).toString())));
		assign(conflicted).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluator-worked-for-agency-recently")));
		assign(this.evaluator).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ASSIGNED"));

		selfAssess(Tokens.agencyStaff("agency-other")).andExpect(status().isNotFound());
		selfAssess(Tokens.agencyStaff(this.agencyId)).andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluatorIds").isEmpty());

		perform(get("/api/evaluation/evaluations").param("mine", "true"), evaluatorToken(this.evaluator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(Matchers.contains(this.evaluationId)));
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), evaluatorToken(conflicted))
			.andExpect(status().isNotFound());
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), evaluatorToken(this.evaluator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.1.1')].eventId").value(satisfaction.eventId()))
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.1.1')].source")
				.value("feedback.SatisfactionMeasured"))
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.1.1')].measuredAt").value("2027-04-01T00:20:00Z"))
			.andExpect(jsonPath("$.leavesToScore.THIRD_PARTY").value(Matchers.contains("1.2.1", "1.2.2", "2.1.1")));

		sheet(evaluatorToken(this.evaluator), Map.of("1.1.1", 8, "1.2.1", 5, "1.2.2", 4, "2.1.1", 6))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("leaf-filled-from-figure")));
		scoreAndGrade("PASSED");
		EventEnvelope graded = this.published.about(this.evaluationId, EvaluationEvents.EVALUATION_GRADED).get(0);
		assertThat(PublishedEvents.violations(graded, EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_GRADED)))
			.isEmpty();

		act("/reply", Tokens.agencyStaff(this.agencyId), "{\"text\": \"服务量统计遗漏了社区活动\", \"evidenceRefs\": [\"doc-9\"]}")
			.andExpect(status().isOk());
		act("/reply", Tokens.agencyStaff(this.agencyId), "{\"text\": \"再次申辩\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("reply-already-filed")));
		act("/finalization", OFFICER, "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("reply-awaiting-answer")));
		act("/reply/answer", OFFICER, "{\"text\": \"已核实，维持初评结果\"}").andExpect(status().isOk());
		act("/finalization", OFFICER, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(Matchers.oneOf("FINAL", "RECTIFICATION_REQUIRED")));

		EventEnvelope finalized = this.published.about(this.evaluationId, EvaluationEvents.EVALUATION_FINALIZED).get(0);
		assertThat(PublishedEvents.violations(finalized,
				EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_FINALIZED)))
			.isEmpty();
		try (InputStream schema = Files.newInputStream(PROCUREMENT_SCHEMA)) {
			assertThat(
					EventSchemas.violations(schema, JsonMapper.builder().build().writeValueAsString(finalized.data())))
				.isEmpty();
		}
		assertThat(finalized.data()).containsEntry("milestoneId", "ms-1")
			.containsEntry("agencyId", this.agencyId)
			.containsEntry("score", graded.data().get("score"));

		sheet(evaluatorToken(this.evaluator), Map.of("1.2.1", 1, "1.2.2", 1, "2.1.1", 1, "3.2.1", 1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("scores-final")));
		this.mvc.perform(get("/api/evaluation/public/results"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.evaluationId == '" + this.evaluationId + "')].score")
				.value(graded.data().get("score")))
			.andExpect(jsonPath("$[?(@.evaluationId == '" + this.evaluationId + "')].agencyId").value(this.agencyId))
			.andExpect(jsonPath("$[0].evaluatorIds").doesNotExist())
			.andExpect(jsonPath("$[0].sheets").doesNotExist());
	}

	@Test
	void aFailedFinanceCheckWithNoReplyBecomesFinalWhenTheWindowClosesAndRequiresRectification() throws Exception {
		figuresArrive();
		assign(this.evaluator).andExpect(status().isOk());
		selfAssess(Tokens.agencyStaff(this.agencyId)).andExpect(status().isOk());
		scoreAndGrade("FAILED").andExpect(jsonPath("$.grade.grade").value("FAIL"))
			.andExpect(jsonPath("$.grade.veto").value(true));

		this.flow.finalizeClosedWindows();
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), ADMIN)
			.andExpect(jsonPath("$.status").value("PROVISIONAL"));

		this.clock.advance(Duration.ofDays(10));
		this.flow.finalizeClosedWindows();
		this.flow.finalizeClosedWindows();

		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), Tokens.agencyStaff(this.agencyId))
			.andExpect(jsonPath("$.status").value("RECTIFICATION_REQUIRED"))
			.andExpect(jsonPath("$.sheets").isEmpty());
		assertThat(this.published.about(this.evaluationId, EvaluationEvents.EVALUATION_FINALIZED)).hasSize(1);
		List<EventEnvelope> rectification = this.published.about(this.evaluationId,
				EvaluationEvents.RECTIFICATION_REQUIRED);
		assertThat(rectification).hasSize(1);
		assertThat(PublishedEvents.violations(rectification.get(0),
				EvaluationEvents.schemaPath(EvaluationEvents.RECTIFICATION_REQUIRED)))
			.isEmpty();
	}

	@Test
	void othersAreToldTheEvaluationDoesNotExistOrMayNotSteerIt() throws Exception {
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), Tokens.officer("440800"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-not-found")));
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), Tokens.agencyStaff("agency-other"))
			.andExpect(status().isNotFound());
		assign(this.evaluator, Tokens.as("supervisor", "supervisor", Map.of(KeycloakClaims.REGION, "330481")))
			.andExpect(status().isForbidden());
		assign(this.evaluator, Tokens.agencyHr(this.agencyId)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/evaluation/evaluations/{id}", this.evaluationId))
			.andExpect(status().isUnauthorized());
		act("/consolidation", OFFICER, "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-in-wrong-status")));
		perform(get("/api/evaluation/evaluations"), OFFICER).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-list-needs-a-filter")));
		perform(get("/api/evaluation/evaluations").param("contractId", this.contractId), Tokens.officer("440800"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	private ResultActions scoreAndGrade(String financeCheck) throws Exception {
		new CallbackSteps(this.mvc, this.evaluationId).allConfirmed(Tokens.agencyStaff(this.agencyId),
				evaluatorToken(this.evaluator), LocalDate.now(this.clock));
		sheet(evaluatorToken(this.evaluator), Map.of("1.2.1", 5, "1.2.2", 4, "2.1.1", 6)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCORING"));
		act("/consolidation", OFFICER, "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("role-sheet-missing")));
		sheet(OFFICER, Map.of("2.2.1", 4, "3.3.1", 4)).andExpect(status().isOk());
		act("/provisional-grade", OFFICER, "{\"financeCheck\": \"PASSED\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-not-consolidated")));
		act("/consolidation", OFFICER, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.consolidation[?(@.role == 'THIRD_PARTY')].sheetCount").value(1));
		return act("/provisional-grade", OFFICER, "{\"financeCheck\": \"" + financeCheck + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROVISIONAL"))
			.andExpect(jsonPath("$.dimensions[*].code").value(Matchers.contains("1", "2", "3")));
	}

	private EventEnvelope figuresArrive() throws IOException {
		Map<String, Object> measured = ProducedEvents.example("feedback.SatisfactionMeasured");
		measured.put("contractId", this.contractId);
		measured.put("projectId", "prj-" + this.contractId);
		EventEnvelope satisfaction = ProducedEvents.event("feedback.SatisfactionMeasured", "prj-" + this.contractId,
				measured);
		this.events.send(Topics.FEEDBACK, satisfaction);
		Map<String, Object> staffing = ProducedEvents.example("talent.StaffingChanged");
		staffing.put("contractId", this.contractId);
		staffing.remove("projectId");
		this.events.send(Topics.TALENT, ProducedEvents.event("talent.StaffingChanged", this.contractId, staffing));
		Map<String, Object> progress = ProducedEvents.example("procurement.ProgressReported");
		progress.put("contractId", this.contractId);
		this.events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ProgressReported", this.contractId, progress));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.latest.forContract(this.contractId).size() == 6);
		return satisfaction;
	}

	private List<EventEnvelope> scheduled() {
		return this.published.about(this.evaluationId, EvaluationEvents.EVALUATION_SCHEDULED);
	}

	private String register(List<Map<String, String>> employments) throws Exception {
		String id = "eva-" + UUID.randomUUID();
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("evaluatorId", id, "name", "评估员", "evaluatorOrgId", "org-" + id, "employments",
					employments));
		this.mvc.perform(
				post("/api/evaluation/evaluators").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful());
		return id;
	}

	private ResultActions assign(String evaluatorId) throws Exception {
		return assign(evaluatorId, OFFICER);
	}

	private ResultActions assign(String evaluatorId, RequestPostProcessor token) throws Exception {
		return act("/assignment", token, "{\"evaluatorIds\": [\"" + evaluatorId + "\"]}");
	}

	private ResultActions selfAssess(RequestPostProcessor token) throws Exception {
		return act("/self-assessment", token,
				"{\"entries\": {\"1.2.1\": {\"text\": \"制度齐全\", \"evidenceRefs\": [\"doc-1\"]}}}");
	}

	private ResultActions sheet(RequestPostProcessor token, Map<String, Integer> scores) throws Exception {
		StringBuilder body = new StringBuilder("{\"scores\": {");
		scores.forEach((code, score) -> body.append('"')
			.append(code)
			.append("\": {\"score\": ")
			.append(score)
			.append(", \"evidenceRefs\": [\"doc-2\"], \"comment\": \"ok\"},"));
		body.setLength(body.length() - 1);
		body.append("}}");
		return act("/score-sheets", token, body.toString());
	}

	private ResultActions act(String action, RequestPostProcessor token, String body) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/evaluation/evaluations/{id}" + action, this.evaluationId);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return perform(request, token);
	}

	private ResultActions perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor token) throws Exception {
		return this.mvc.perform(request.with(token));
	}

	private static RequestPostProcessor evaluatorToken(String evaluatorId) {
		return Tokens.as(evaluatorId, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "org-" + evaluatorId));
	}

}
