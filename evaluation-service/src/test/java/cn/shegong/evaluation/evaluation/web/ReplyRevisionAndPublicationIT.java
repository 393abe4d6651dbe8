package cn.shegong.evaluation.evaluation.web;

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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.event.EvaluationEvents;
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
 * The answer to a reply revises the grade before it is final, and the final result is
 * published (信息公开) within the configured days, or listed as overdue until it is.
 */
@ServiceIntegrationTest
class ReplyRevisionAndPublicationIT {

	static final RequestPostProcessor OFFICER = Tokens.officer("330400");

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
	AdjustableClock clock;

	String contractId;

	String agencyId;

	String evaluationId;

	@BeforeEach
	void aMidTermEvaluationGradedFailingOnTheFinanceCheck() throws Exception {
		ProducedEvents events = new ProducedEvents(this.kafka, this.json);
		this.contractId = "ctr-" + UUID.randomUUID();
		this.agencyId = "agency-" + UUID.randomUUID();
		this.evaluationId = "ev-" + this.contractId + "-ms-1";
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", this.contractId);
		award.put("projectId", "prj-" + this.contractId);
		award.put("agencyId", this.agencyId);
		events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.ContractAwarded", this.contractId, award));
		figuresArrive(events);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> this.mvc.perform(get("/api/evaluation/evaluations/{id}", this.evaluationId).with(OFFICER))
						.andExpect(status().isOk()));
		String evaluator = register();
		act("/assignment", OFFICER, "{\"evaluatorIds\": [\"" + evaluator + "\"]}").andExpect(status().isOk());
		act("/self-assessment", Tokens.agencyStaff(this.agencyId), "{\"entries\": {\"1.2.1\": {\"text\": \"制度齐全\"}}}")
			.andExpect(status().isOk());
		RequestPostProcessor evaluatorToken = Tokens.as(evaluator, "evaluator",
				Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "org-x"));
		new CallbackSteps(this.mvc, this.evaluationId).allConfirmed(Tokens.agencyStaff(this.agencyId), evaluatorToken,
				LocalDate.now(this.clock));
		act("/score-sheets", evaluatorToken, scores(Map.of("1.2.1", 5, "1.2.2", 4, "2.1.1", 6)))
			.andExpect(status().isOk());
		act("/score-sheets", OFFICER, scores(Map.of("2.2.1", 4, "3.3.1", 4))).andExpect(status().isOk());
		act("/consolidation", OFFICER, "").andExpect(status().isOk());
		act("/provisional-grade", OFFICER, "{\"financeCheck\": \"FAILED\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.grade.grade").value("FAIL"));
		act("/reply", Tokens.agencyStaff(this.agencyId), "{\"text\": \"财务审查所缺凭证已补交\", \"evidenceRefs\": [\"doc-9\"]}")
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
		act("/reply/answer", Tokens.agencyStaff(this.agencyId), "{\"text\": \"t\"}").andExpect(status().isForbidden());

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

		act("/finalization", OFFICER, "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINAL"));
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
		act("/finalization", OFFICER, "").andExpect(status().isOk())
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
		act("/publication", Tokens.agencyStaff(this.agencyId), "{\"channel\": \"x\", \"reference\": \"y\"}")
			.andExpect(status().isForbidden());

		act("/publication", OFFICER,
				"{\"channel\": \"区民政局网站\", \"reference\": \"https://mz.example.gov.cn/gs/2027-18\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publication.channel").value("区民政局网站"))
			.andExpect(jsonPath("$.publication.late").value(true))
			.andExpect(jsonPath("$.status").value("RECTIFICATION_REQUIRED"));
		act("/publication", OFFICER, "{\"channel\": \"c\", \"reference\": \"r\"}").andExpect(status().isConflict())
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
		return act("/reply/answer", OFFICER, body);
	}

	private void figuresArrive(ProducedEvents events) throws Exception {
		Map<String, Object> measured = ProducedEvents.example("feedback.SatisfactionMeasured");
		measured.put("contractId", this.contractId);
		measured.put("projectId", "prj-" + this.contractId);
		events.send(Topics.FEEDBACK,
				ProducedEvents.event("feedback.SatisfactionMeasured", "prj-" + this.contractId, measured));
		Map<String, Object> staffing = ProducedEvents.example("talent.StaffingChanged");
		staffing.put("contractId", this.contractId);
		staffing.remove("projectId");
		events.send(Topics.TALENT, ProducedEvents.event("talent.StaffingChanged", this.contractId, staffing));
		Map<String, Object> progress = ProducedEvents.example("procurement.ProgressReported");
		progress.put("contractId", this.contractId);
		events.send(Topics.PROCUREMENT,
				ProducedEvents.event("procurement.ProgressReported", this.contractId, progress));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.latest.forContract(this.contractId).size() == 6);
	}

	private String register() throws Exception {
		String id = "eva-" + UUID.randomUUID();
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(
					Map.of("evaluatorId", id, "name", "评估员", "evaluatorOrgId", "org-" + id, "employments", List.of()));
		this.mvc
			.perform(post("/api/evaluation/evaluators").with(Tokens.as("admin", "admin", Map.of()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is2xxSuccessful());
		return id;
	}

	private static String scores(Map<String, Integer> scores) {
		StringBuilder body = new StringBuilder("{\"scores\": {");
		scores.forEach(
				(code, score) -> body.append('"').append(code).append("\": {\"score\": ").append(score).append("},"));
		body.setLength(body.length() - 1);
		return body.append("}}").toString();
	}

	private ResultActions act(String action, RequestPostProcessor token, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/evaluation/evaluations/{id}" + action, this.evaluationId);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request.with(token));
	}

}
