package cn.shegong.evaluation.evaluation.web;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.callback.web.CallbackSteps;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.contract.model.MilestoneType;
import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.scenario.ContractOnRecord;
import cn.shegong.evaluation.scenario.EvaluationSteps;
import cn.shegong.evaluation.scenario.Evaluators;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.json.JsonMapper;

import static cn.shegong.evaluation.scenario.EvaluationSteps.OFFICER;
import static cn.shegong.evaluation.scenario.Evaluators.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	@Autowired
	EvaluationFlow flow;

	@Autowired
	AdjustableClock clock;

	PublishedEvents published;

	ContractOnRecord contract;

	EvaluationSteps steps;

	String contractId;

	String agencyId;

	String evaluationId;

	String evaluator;

	@BeforeEach
	void aContractWhoseMidTermMilestoneFellDueTwice() throws Exception {
		this.published = new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION);
		this.contract = ContractOnRecord.fresh(this.context).awarded().milestoneFellDue(2);
		this.contractId = this.contract.contractId();
		this.agencyId = this.contract.agencyId();
		this.evaluationId = this.contract.evaluationId();
		this.steps = new EvaluationSteps(this.mvc, this.evaluationId);
		this.steps.planned(ADMIN);
		this.evaluator = Evaluators.register(this.mvc);
	}

	@Test
	void aMilestoneIsEvaluatedFromItsDueDateToThePublicResult() throws Exception {
		EventEnvelope satisfaction = this.contract.figuresArrive();
		assertThat(this.flow
			.plan(new MilestoneFellDue(this.contractId, "ms-1", MilestoneType.MID_TERM, LocalDate.parse("2027-06-30"))))
			.as("the milestone announced again plans nothing")
			.isFalse();
		assertThat(scheduled()).hasSize(1);
		assertThat(PublishedEvents.violations(scheduled().get(0),
				EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_SCHEDULED)))
			.isEmpty();

		String conflicted = Evaluators.register(this.mvc, List.of(Map.of("agencyId", this.agencyId, "from",
				"2025-01-01", "until", LocalDate.now(this.clock).minusMonths(6).toString())));
		this.steps.assign(conflicted, OFFICER)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluator-worked-for-agency-recently")));
		this.steps.assign(this.evaluator, OFFICER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"));

		this.steps.selfAssess(Tokens.agencyStaff("agency-other")).andExpect(status().isNotFound());
		this.steps.selfAssess(Tokens.agencyStaff(this.agencyId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluatorIds").isEmpty());

		perform(get("/api/evaluation/evaluations").param("mine", "true"), Evaluators.token(this.evaluator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(Matchers.contains(this.evaluationId)));
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), Evaluators.token(conflicted))
			.andExpect(status().isNotFound());
		perform(get("/api/evaluation/evaluations/{id}", this.evaluationId), Evaluators.token(this.evaluator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.1.1')].eventId").value(satisfaction.eventId()))
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.1.1')].source")
				.value("feedback.SatisfactionMeasured"))
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.1.1')].measuredAt").value("2027-04-01T00:20:00Z"))
			.andExpect(jsonPath("$.leavesToScore.THIRD_PARTY").value(Matchers.contains("1.2.1", "1.2.2", "2.1.1")));

		this.steps.sheet(Evaluators.token(this.evaluator), Map.of("1.1.1", 8, "1.2.1", 5, "1.2.2", 4, "2.1.1", 6))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("leaf-filled-from-figure")));
		scoreAndGrade("PASSED");
		EventEnvelope graded = this.published.about(this.evaluationId, EvaluationEvents.EVALUATION_GRADED).get(0);
		assertThat(PublishedEvents.violations(graded, EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_GRADED)))
			.isEmpty();

		this.steps
			.act("/reply", Tokens.agencyStaff(this.agencyId),
					"{\"text\": \"服务量统计遗漏了社区活动\", \"evidenceRefs\": [\"doc-9\"]}")
			.andExpect(status().isOk());
		this.steps.act("/reply", Tokens.agencyStaff(this.agencyId), "{\"text\": \"再次申辩\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("reply-already-filed")));
		this.steps.act("/finalization", OFFICER, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("reply-awaiting-answer")));
		this.steps.act("/reply/answer", OFFICER, "{\"text\": \"已核实，维持初评结果\"}").andExpect(status().isOk());
		this.steps.act("/finalization", OFFICER, "")
			.andExpect(status().isOk())
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

		this.steps.sheet(Evaluators.token(this.evaluator), Map.of("1.2.1", 1, "1.2.2", 1, "2.1.1", 1, "3.2.1", 1))
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
		this.contract.figuresArrive();
		this.steps.assign(this.evaluator, OFFICER).andExpect(status().isOk());
		this.steps.selfAssess(Tokens.agencyStaff(this.agencyId)).andExpect(status().isOk());
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
		this.steps
			.assign(this.evaluator, Tokens.as("supervisor", "supervisor", Map.of(KeycloakClaims.REGION, "330481")))
			.andExpect(status().isForbidden());
		this.steps.assign(this.evaluator, Tokens.agencyHr(this.agencyId)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/evaluation/evaluations/{id}", this.evaluationId))
			.andExpect(status().isUnauthorized());
		this.steps.act("/consolidation", OFFICER, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-in-wrong-status")));
		perform(get("/api/evaluation/evaluations"), OFFICER).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-list-needs-a-filter")));
		perform(get("/api/evaluation/evaluations").param("contractId", ""), OFFICER)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-list-needs-a-filter")));
		perform(get("/api/evaluation/evaluations").param("contractId", this.contractId), Tokens.officer("440800"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	private ResultActions scoreAndGrade(String financeCheck) throws Exception {
		new CallbackSteps(this.mvc, this.evaluationId).allConfirmed(Tokens.agencyStaff(this.agencyId),
				Evaluators.token(this.evaluator), LocalDate.now(this.clock));
		this.steps.sheet(Evaluators.token(this.evaluator), Map.of("1.2.1", 5, "1.2.2", 4, "2.1.1", 6))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCORING"));
		this.steps.act("/consolidation", OFFICER, "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("role-sheet-missing")));
		this.steps.sheet(OFFICER, Map.of("2.2.1", 4, "3.3.1", 4)).andExpect(status().isOk());
		this.steps.act("/provisional-grade", OFFICER, "{\"financeCheck\": \"PASSED\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-not-consolidated")));
		this.steps.act("/consolidation", OFFICER, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consolidation[?(@.role == 'THIRD_PARTY')].sheetCount").value(1));
		return this.steps.act("/provisional-grade", OFFICER, "{\"financeCheck\": \"" + financeCheck + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROVISIONAL"))
			.andExpect(jsonPath("$.dimensions[*].code").value(Matchers.contains("1", "2", "3")));
	}

	private List<EventEnvelope> scheduled() {
		return this.published.about(this.evaluationId, EvaluationEvents.EVALUATION_SCHEDULED);
	}

	private ResultActions perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor token) throws Exception {
		return this.mvc.perform(request.with(token));
	}

}
