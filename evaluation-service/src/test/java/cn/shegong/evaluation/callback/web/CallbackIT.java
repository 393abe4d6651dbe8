package cn.shegong.evaluation.callback.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.shegong.evaluation.contract.messaging.ProducedEvents;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.evaluation.model.CallbackSample;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The anti-fraud callbacks of an evaluation through the web layer with real tokens: the
 * agency's records, sealed phones, the draw anyone can re-run, the outcomes, and the
 * data-quality leaf they fill and lower.
 */
@ServiceIntegrationTest
class CallbackIT {

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
	MongoTemplate mongo;

	@Autowired
	AdjustableClock clock;

	@Autowired
	EvaluationFlow flow;

	String contractId;

	String agencyId;

	String evaluationId;

	String evaluator;

	RequestPostProcessor agency;

	CallbackSteps callbacks;

	LocalDate today;

	@BeforeEach
	void anAssignedEvaluationWithTheOtherServicesFigures() throws Exception {
		ProducedEvents events = new ProducedEvents(this.kafka, this.json);
		this.contractId = "ctr-" + UUID.randomUUID();
		this.agencyId = "agency-" + UUID.randomUUID();
		this.agency = Tokens.agencyStaff(this.agencyId);
		this.evaluationId = "ev-" + this.contractId + "-ms-1";
		this.today = LocalDate.now(this.clock);
		Map<String, Object> award = ProducedEvents.example("procurement.ContractAwarded");
		award.put("contractId", this.contractId);
		award.put("projectId", "prj-" + this.contractId);
		award.put("agencyId", this.agencyId);
		events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.ContractAwarded", this.contractId, award));
		Map<String, Object> due = ProducedEvents.example("procurement.MilestoneDue");
		due.put("contractId", this.contractId);
		due.put("agencyId", this.agencyId);
		events.send(Topics.PROCUREMENT, ProducedEvents.event("procurement.MilestoneDue", this.contractId, due));
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
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> this.mvc.perform(get("/api/evaluation/contracts/{id}/figures", this.contractId).with(ADMIN))
						.andExpect(jsonPath("$.notYetMeasured").value(Matchers.contains("DATA_QUALITY"))));
		this.evaluator = "eva-" + UUID.randomUUID();
		this.mvc.perform(post("/api/evaluation/evaluators").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"evaluatorId\": \"%s\", \"name\": \"评估员\", \"evaluatorOrgId\": \"org-%s\", \"employments\": []}"
				.formatted(this.evaluator, this.evaluator)))
			.andExpect(status().is2xxSuccessful());
		act("/assignment", OFFICER, "{\"evaluatorIds\": [\"" + this.evaluator + "\"]}").andExpect(status().isOk());
		this.callbacks = new CallbackSteps(this.mvc, this.evaluationId);
	}

	@Test
	void callbacksFromTheAgencysRecordsToTheDataQualityLeafTheyFillAndLower() throws Exception {
		this.callbacks.draw(evaluatorToken(this.evaluator))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("callback-sample-no-records")));
		this.callbacks.report(this.agency, 40, this.today).andExpect(status().isOk());
		this.callbacks.report(this.agency, 60, this.today)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.beneficiaries").value(60))
			.andExpect(jsonPath("$.frozen").value(false));
		this.mvc.perform(get("/api/evaluation/evaluations/{id}/service-records", this.evaluationId).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[0].phone").value("138****0001"));

		String drawn = this.callbacks.draw(evaluatorToken(this.evaluator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reproducible").value(true))
			.andExpect(jsonPath("$.sample.length()").value(6))
			.andExpect(jsonPath("$.sample[0].phone").value(Matchers.matchesPattern("1380000\\d{4}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long seed = ((Number) JsonPath.read(drawn, "$.seed")).longValue();
		List<String> population = JsonPath.read(drawn, "$.population");
		List<String> sampled = JsonPath.read(drawn, "$.sample[*].beneficiaryId");
		assertThat(population).hasSize(60).isSorted();
		assertThat(CallbackSample.draw(this.evaluationId, population, EvaluationRules.defaults(), seed)
			.chosenBeneficiaryIds()).as("re-run from the recorded seed and population").isEqualTo(sampled);
		org.bson.Document stored = this.mongo.findById(this.evaluationId, org.bson.Document.class, "callback_checks");
		assertThat(stored.getLong("seed")).isEqualTo(seed);
		assertThat(stored.getList("population", String.class)).isEqualTo(population);

		this.callbacks.draw(OFFICER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("callback-sample-already-drawn")));
		this.callbacks.report(this.agency, 61, this.today)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("service-records-frozen")));
		readCallbacks(OFFICER)
			.andExpect(jsonPath("$.sample[0].phone").value(Matchers.matchesPattern("138\\*{4}\\d{4}")));
		readCallbacks(this.agency).andExpect(jsonPath("$.sampleWithheld").value(true))
			.andExpect(jsonPath("$.sample").isEmpty())
			.andExpect(jsonPath("$.seed").doesNotExist());

		act("/self-assessment", this.agency, "{\"entries\": {\"1.2.1\": {\"text\": \"制度齐全\", \"evidenceRefs\": []}}}")
			.andExpect(status().isOk());
		sheet("{\"3.2.1\": 9, \"1.2.1\": 5, \"1.2.2\": 4, \"2.1.1\": 6}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("leaf-filled-from-callbacks")));
		sheet("{\"1.2.1\": 5, \"1.2.2\": 4, \"2.1.1\": 6}").andExpect(status().isOk());
		act("/score-sheets", OFFICER, sheetBody("{\"2.2.1\": 4, \"3.3.1\": 4}")).andExpect(status().isOk());
		act("/consolidation", OFFICER, "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("callbacks-not-answered")));

		String outside = population.stream().filter((id) -> !sampled.contains(id)).findFirst().orElseThrow();
		this.callbacks.outcome(evaluatorToken(this.evaluator), outside, "CONFIRMED")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("callback-not-in-sample")));
		this.callbacks.outcome(evaluatorToken(this.evaluator), sampled.get(0), "UNREACHABLE")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataQuality.unreachable").value(1))
			.andExpect(jsonPath("$.dataQuality.figurePercent").doesNotExist());
		for (String beneficiaryId : sampled.subList(0, 5)) {
			this.callbacks.outcome(evaluatorToken(this.evaluator), beneficiaryId, "CONFIRMED")
				.andExpect(status().isOk());
		}
		this.callbacks.outcome(evaluatorToken(this.evaluator), sampled.get(0), "CONTRADICTED")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(Matchers.endsWith("callback-already-recorded")));
		this.mvc.perform(get("/api/evaluation/contracts/{id}/figures", this.contractId).with(OFFICER))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].percent").value(Matchers.contains(100.0)))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].eventType")
				.value(Matchers.contains("evaluation.CallbackChecks")))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].eventId")
				.value(Matchers.contains(this.evaluationId)))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].measuredAt").isNotEmpty())
			.andExpect(jsonPath("$.notYetMeasured").isEmpty());
		dataQualityLeaf()
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.2.1')].score").value(Matchers.contains(10.0)));

		this.callbacks.outcome(evaluatorToken(this.evaluator), sampled.get(5), "CONTRADICTED")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataQuality.figurePercent").value(83.33))
			.andExpect(jsonPath("$.dataQuality.zeroesLeaf").value(false));
		dataQualityLeaf()
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.2.1')].figure").value(Matchers.contains(83.33)))
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.2.1')].score").value(Matchers.contains(1.67)));
		act("/consolidation", OFFICER, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.consolidation[?(@.role == 'THIRD_PARTY')].leafScores['3.2.1']")
				.value(Matchers.contains(1.67)));

		act("/provisional-grade", OFFICER, "{\"financeCheck\": \"PASSED\"}").andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(10));
		this.flow.finalizeClosedWindows();
		refused(this.callbacks.outcome(evaluatorToken(this.evaluator), sampled.get(1), "CONTRADICTED"), 422,
				"scores-final");
		this.mvc.perform(get("/api/evaluation/contracts/{id}/figures", this.contractId).with(OFFICER))
			.andExpect(jsonPath("$.notYetMeasured").value(Matchers.contains("DATA_QUALITY")));

		thePhonesAreNowhereInClear(sampled.size());
	}

	@Test
	void onlyTheAgencyReportsValidRecordsAndOnlyThePanelOrTheBuyerDrawsAndCalls() throws Exception {
		this.callbacks.report(Tokens.agencyStaff("agency-other"), 8, this.today).andExpect(status().isNotFound());
		this.callbacks.report(Tokens.agencyHr(this.agencyId), 8, this.today).andExpect(status().isForbidden());
		refused(this.callbacks.report(this.agency,
				List.of(CallbackSteps.record("b-1", this.today.toString(), "12345"))), 422,
				"service-record-phone-invalid");
		refused(this.callbacks.report(this.agency,
				List.of(CallbackSteps.record("b-1", this.today.plusDays(1).toString(), "13800001111"))), 422,
				"service-record-in-future");
		String visit = CallbackSteps.record("b-1", this.today.toString(), "13800001111");
		refused(this.callbacks.report(this.agency, List.of(visit, visit)), 422, "service-record-duplicate");
		refused(this.callbacks.report(this.agency,
				List.of(visit, CallbackSteps.record("b-1", this.today.minusDays(1).toString(), "13800002222"))), 422,
				"service-record-phone-differs");
		refused(this.callbacks.report(this.agency, 2001, this.today), 422, "service-records-too-many");
		refused(this.callbacks.report(this.agency, List.of()), 400, "invalid-request");

		this.callbacks.report(this.agency, 8, this.today).andExpect(status().isOk());
		refused(this.callbacks.outcome(evaluatorToken(this.evaluator), "b-001", "CONFIRMED"), 409,
				"callback-sample-not-drawn");
		this.callbacks.draw(this.agency).andExpect(status().isForbidden());
		this.callbacks.draw(evaluatorToken("eva-unassigned")).andExpect(status().isNotFound());
		String other = "eva-" + UUID.randomUUID();
		this.callbacks.draw(Tokens.officer("440800")).andExpect(status().isNotFound());
		String drawn = this.callbacks.draw(OFFICER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sample.length()").value(5))
			.andExpect(jsonPath("$.sample[0].phone").value(Matchers.matchesPattern("138\\*{4}\\d{4}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String first = JsonPath.read(drawn, "$.sample[0].beneficiaryId");
		this.callbacks.outcome(OFFICER, first, "CONFIRMED").andExpect(status().isForbidden());
		this.callbacks.outcome(evaluatorToken(other), first, "CONFIRMED").andExpect(status().isNotFound());
		refused(this.callbacks.outcome(evaluatorToken(this.evaluator), first, "MAYBE"), 400, "malformed-request");
		readCallbacks(evaluatorToken(this.evaluator))
			.andExpect(jsonPath("$.sample[0].phone").value(Matchers.matchesPattern("1380000\\d{4}")));
	}

	/**
	 * Sealed in the store, absent from every event the service published and from the
	 * evaluation's own document with its outbox.
	 */
	private void thePhonesAreNowhereInClear(int sampled) {
		org.bson.Document stored = this.mongo.findById(this.evaluationId, org.bson.Document.class, "callback_checks");
		org.bson.Document evaluation = this.mongo.findById(this.evaluationId, org.bson.Document.class, "evaluations");
		List<String> published = new ArrayList<>();
		new PublishedEvents(this.broker.getBrokersAsString(), this.relay, Topics.EVALUATION).all()
			.forEach((event) -> published.add(String.valueOf(event.data())));
		List<String> phones = IntStream.rangeClosed(1, 60).mapToObj("1380000%04d"::formatted).toList();
		assertThat(sampled).isPositive();
		assertThat(published).isNotEmpty();
		for (String phone : phones) {
			assertThat(stored.toJson()).doesNotContain(phone);
			assertThat(evaluation.toJson()).doesNotContain(phone);
			assertThat(published).noneMatch((event) -> event.contains(phone));
		}
	}

	private ResultActions readCallbacks(RequestPostProcessor token) throws Exception {
		return this.mvc.perform(get("/api/evaluation/evaluations/{id}/callbacks", this.evaluationId).with(token))
			.andExpect(status().isOk());
	}

	private ResultActions dataQualityLeaf() throws Exception {
		return this.mvc
			.perform(get("/api/evaluation/evaluations/{id}", this.evaluationId).with(evaluatorToken(this.evaluator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.automaticIndicators[?(@.code == '3.2.1')].source")
				.value(Matchers.contains("evaluation.CallbackChecks")))
			.andExpect(jsonPath("$.leavesToScore.THIRD_PARTY").value(Matchers.not(Matchers.hasItem("3.2.1"))));
	}

	private ResultActions sheet(String scores) throws Exception {
		return act("/score-sheets", evaluatorToken(this.evaluator), sheetBody(scores));
	}

	private static String sheetBody(String scores) {
		return "{\"scores\": " + scores.replaceAll("(\"[0-9.]+\"): (\\d+)",
				"$1: {\"score\": $2, \"evidenceRefs\": [\"doc-2\"], \"comment\": \"ok\"}") + "}";
	}

	private static void refused(ResultActions response, int status, String rule) throws Exception {
		response.andExpect(status().is(status)).andExpect(jsonPath("$.type").value(Matchers.endsWith(rule)));
	}

	private ResultActions act(String action, RequestPostProcessor token, String body) throws Exception {
		var request = post("/api/evaluation/evaluations/{id}" + action, this.evaluationId).with(token);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private static RequestPostProcessor evaluatorToken(String evaluatorId) {
		return Tokens.as(evaluatorId, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "org-" + evaluatorId));
	}

}
