package cn.shegong.evaluation.callback.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.evaluation.model.CallbackSample;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.figure.application.FigureRecording;
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.platform.test.ServiceIntegrationTest;

import static cn.shegong.evaluation.callback.web.AssignedEvaluation.OFFICER;
import static cn.shegong.evaluation.callback.web.AssignedEvaluation.evaluatorToken;
import static org.assertj.core.api.Assertions.assertThat;
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
@Import(AssignedEvaluation.MovableTime.class)
class CallbackIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

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

	@Autowired
	FigureRecording recording;

	@Autowired
	LatestFigures latest;

	String contractId;

	String evaluationId;

	String evaluator;

	RequestPostProcessor agency;

	CallbackSteps callbacks;

	LocalDate today;

	@BeforeEach
	void anAssignedEvaluationWithTheOtherServicesFigures() throws Exception {
		AssignedEvaluation arranged = AssignedEvaluation.arrange(this.mvc, this.context);
		this.contractId = arranged.contractId();
		this.evaluationId = arranged.evaluationId();
		this.evaluator = arranged.evaluatorId();
		this.agency = arranged.agency();
		this.today = LocalDate.now(this.clock);
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
		long seed = Long.parseLong(JsonPath.read(drawn, "$.seed"));
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
	void theFigureOfOlderCallbacksNeverReplacesTheFigureOfNewerOnes() {
		Instant now = this.clock.instant();
		this.recording.callbacksChecked(this.contractId, "prj-" + this.contractId, this.evaluationId,
				new BigDecimal("50.00"), "1 of 2", now, 7);
		this.recording.callbacksChecked(this.contractId, "prj-" + this.contractId, this.evaluationId,
				new BigDecimal("100.00"), "1 of 1", now, 6);

		assertThat(this.latest.forContract(this.contractId).get(DataSource.DATA_QUALITY).percent())
			.isEqualByComparingTo("50.00");
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

}
