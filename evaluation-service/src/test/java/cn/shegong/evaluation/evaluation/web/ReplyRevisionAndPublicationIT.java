package cn.shegong.evaluation.evaluation.web;

import java.time.Duration;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.event.EvaluationEvents;
import cn.shegong.evaluation.scenario.ContractOnRecord;
import cn.shegong.evaluation.scenario.EvaluationSteps;
import cn.shegong.evaluation.scenario.Evaluators;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.json.JsonMapper;

import static cn.shegong.evaluation.scenario.EvaluationSteps.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The answer to a reply revises the grade before it is final, and the final result is
 * published (信息公开) within the configured days, or listed as overdue until it is.
 */
@ServiceIntegrationTest
class ReplyRevisionAndPublicationIT {

	static final String REGION = "330481";

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
	AdjustableClock clock;

	String contractId;

	String agencyId;

	String evaluationId;

	EvaluationSteps steps;

	@BeforeEach
	void aMidTermEvaluationGradedFailingOnTheFinanceCheck() throws Exception {
		ContractOnRecord contract = ContractOnRecord.fresh(this.context).awarded();
		this.contractId = contract.contractId();
		this.agencyId = contract.agencyId();
		this.evaluationId = contract.evaluationId();
		this.steps = new EvaluationSteps(this.mvc, this.evaluationId);
		contract.figuresArrive();
		this.steps.planned(OFFICER);
		this.steps
			.gradedWithFinanceCheck(Evaluators.register(this.mvc), Tokens.agencyStaff(this.agencyId),
					LocalDate.now(this.clock), "FAILED")
			.andExpect(jsonPath("$.grade.grade").value("FAIL"));
		this.steps
			.act("/reply", Tokens.agencyStaff(this.agencyId),
					"{\"text\": \"财务审查所缺凭证已补交\", \"evidenceRefs\": [\"doc-9\"]}")
			.andExpect(status().isOk());
	}

	@Test
	void theAnswerRevisesALeafAndTheFinanceCheckAndTheFinalGradeFollowsIt() throws Exception {
		this.mvc
			.perform(post("/api/evaluation/evaluations/{id}/reply/answer", this.evaluationId).with(OFFICER)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"t\", \"revisions\": [{\"leaf\": \"3.1.1\", \"score\": 1, \"reason\": \"x\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("leaf-filled-from-figure")))
			.andExpect(jsonPath("$.title").value("Indicator is filled from a figure"));
		answer("[{\"leaf\": \"9.9.9\", \"score\": 1, \"reason\": \"x\"}]", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("leaf-not-in-scheme")));
		this.mvc.perform(post("/api/evaluation/evaluations/{id}/reply/answer", this.evaluationId).with(OFFICER)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"t\", \"revisions\": [{\"leaf\": \"1.2.2\", \"score\": 999, \"reason\": \"x\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("leaf-score-above-max")))
			.andExpect(jsonPath("$.title").value("得分超过该指标满分"));
		this.steps.act("/reply/answer", Tokens.agencyStaff(this.agencyId), "{\"text\": \"t\"}")
			.andExpect(status().isForbidden());

		String revised = answer("[{\"leaf\": \"1.2.2\", \"score\": 5, \"reason\": \"台账已补正\"}]", "PASSED")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROVISIONAL"))
			.andExpect(jsonPath("$.revision.leaves[0].leaf").value("1.2.2"))
			.andExpect(jsonPath("$.revision.leaves[0].from").value(Matchers.startsWith("4")))
			.andExpect(jsonPath("$.revision.leaves[0].to").value("5"))
			.andExpect(jsonPath("$.revision.leaves[0].reason").value("台账已补正"))
			.andExpect(jsonPath("$.revision.leaves[0].by").value("officer"))
			.andExpect(jsonPath("$.revision.before.grade").value("FAIL"))
			.andExpect(jsonPath("$.revision.before.veto").value(true))
			.andExpect(jsonPath("$.revision.after.veto").value(false))
			.andExpect(jsonPath("$.revision.gradeChanged").value(true))
			.andExpect(jsonPath("$.financeCheck").value("PASSED"))
			.andExpect(jsonPath("$.grade.grade").value(Matchers.not("FAIL")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String revisedScore = JsonMapper.builder().build().readTree(revised).at("/revision/after/score").asString();

		this.steps.act("/finalization", OFFICER, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINAL"));
		EventEnvelope finalized = new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION)
			.about(this.evaluationId, EvaluationEvents.EVALUATION_FINALIZED)
			.get(0);
		assertThat(finalized.data()).containsEntry("score", revisedScore).containsEntry("veto", false);
		assertThat(new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION)
			.about(this.evaluationId, EvaluationEvents.EVALUATION_GRADED)).hasSize(1);
	}

	@Test
	void aFinalResultIsListedAsDueThenOverdueUntilItIsPublished() throws Exception {
		answer(null, null).andExpect(status().isOk()).andExpect(jsonPath("$.revision").doesNotExist());
		this.steps.act("/finalization", OFFICER, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFICATION_REQUIRED"));
		due(OFFICER).andExpect(jsonPath(entry("overdue")).value(false));

		this.clock.advance(Duration.ofDays(20));
		due(OFFICER).andExpect(jsonPath(entry("overdue")).value(true))
			.andExpect(jsonPath(entry("daysOverdue")).value(5));
		this.mvc
			.perform(get("/api/evaluation/evaluations/publication-due").param("regionCode", REGION)
				.with(Tokens.officer("440800"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("region-not-governed")))
			.andExpect(jsonPath("$.title").value("该地区不在您的管辖范围内"));
		this.steps.act("/publication", Tokens.agencyStaff(this.agencyId), "{\"channel\": \"x\", \"reference\": \"y\"}")
			.andExpect(status().isForbidden());

		this.steps
			.act("/publication", OFFICER,
					"{\"channel\": \"区民政局网站\", \"reference\": \"https://mz.example.gov.cn/gs/2027-18\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publication.channel").value("区民政局网站"))
			.andExpect(jsonPath("$.publication.late").value(true))
			.andExpect(jsonPath("$.status").value("RECTIFICATION_REQUIRED"));
		this.steps.act("/publication", OFFICER, "{\"channel\": \"c\", \"reference\": \"r\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("evaluation-already-published")));
		due(OFFICER).andExpect(jsonPath("$[?(@.evaluationId == '" + this.evaluationId + "')]").isEmpty());
		this.mvc.perform(get("/api/evaluation/public/results"))
			.andExpect(jsonPath("$[?(@.evaluationId == '" + this.evaluationId + "')].publishedOn")
				.value(Matchers.contains(Matchers.notNullValue())))
			.andExpect(jsonPath("$[?(@.evaluationId == '" + this.evaluationId + "')].publicationReference")
				.value("https://mz.example.gov.cn/gs/2027-18"));
	}

	private String entry(String field) {
		return "$[?(@.evaluationId == '" + this.evaluationId + "')]." + field;
	}

	private ResultActions due(RequestPostProcessor token) throws Exception {
		return this.mvc
			.perform(get("/api/evaluation/evaluations/publication-due").param("regionCode", REGION).with(token))
			.andExpect(status().isOk());
	}

	private ResultActions answer(String revisions, String financeCheck) throws Exception {
		String body = "{\"text\": \"已核实\"" + ((revisions != null) ? ", \"revisions\": " + revisions : "")
				+ ((financeCheck != null) ? ", \"financeCheck\": \"" + financeCheck + "\"" : "") + "}";
		return this.steps.act("/reply/answer", OFFICER, body);
	}

}
