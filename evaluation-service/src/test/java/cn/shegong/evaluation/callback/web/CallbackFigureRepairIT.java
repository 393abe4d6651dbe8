package cn.shegong.evaluation.callback.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.shegong.evaluation.callback.application.CallbackFigureRepair;
import cn.shegong.evaluation.evaluation.application.EvaluationFlow;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.evaluation.figure.application.FigureRecording;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.ServiceIntegrationTest;

import static cn.shegong.evaluation.callback.web.AssignedEvaluation.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data-quality figure written again after the service stopped between storing a
 * callback's outcome and writing the figure it gives: the lost write is simulated on the
 * {@code figures} collection, the repair pass is run by hand (its timer is off in tests).
 */
@ServiceIntegrationTest
@Import(AssignedEvaluation.MovableTime.class)
class CallbackFigureRepairIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AdjustableClock clock;

	@Autowired
	EvaluationFlow flow;

	@Autowired
	Evaluations evaluations;

	@Autowired
	FigureRecording recording;

	@Autowired
	CallbackFigureRepair repair;

	AssignedEvaluation arranged;

	String figureId;

	@BeforeEach
	void fourConfirmedAndOneContradictedCallback() throws Exception {
		this.arranged = AssignedEvaluation.arrange(this.mvc, this.context);
		this.figureId = this.arranged.evaluationId() + "/DATA_QUALITY";
		CallbackSteps callbacks = new CallbackSteps(this.mvc, this.arranged.evaluationId());
		callbacks.report(this.arranged.agency(), 8, LocalDate.now(this.clock)).andExpect(status().isOk());
		String drawn = callbacks.draw(this.arranged.evaluator())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> sampled = JsonPath.read(drawn, "$.sample[*].beneficiaryId");
		assertThat(sampled).hasSize(5);
		for (String beneficiaryId : sampled.subList(0, 4)) {
			callbacks.outcome(this.arranged.evaluator(), beneficiaryId, "CONFIRMED").andExpect(status().isOk());
		}
		callbacks.outcome(this.arranged.evaluator(), sampled.get(4), "CONTRADICTED")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataQuality.figurePercent").value(80.0));
	}

	@Test
	void aFigureLeftOneOutcomeBehindIsWrittenAgainFromTheStoredOutcomes() throws Exception {
		long stored = callbacksVersion();
		this.mongo.remove(Query.query(Criteria.where("_id").is(this.figureId)), "figures");
		this.recording.callbacksChecked(this.arranged.contractId(), "prj-" + this.arranged.contractId(),
				this.arranged.evaluationId(), new BigDecimal("100.00"), "4 of 4", this.clock.instant(), stored - 1);
		dataQuality().andExpect(
				jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].percent").value(Matchers.contains(100.0)));

		assertThat(this.repair.repairAll()).isPositive();

		dataQuality()
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].percent").value(Matchers.contains(80.0)))
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].basis")
				.value(Matchers.contains(Matchers.startsWith("4 of 5 answered callbacks confirmed"))));
		assertThat(this.mongo.findById(this.figureId, org.bson.Document.class, "figures").getLong("sequence"))
			.isEqualTo(stored);
	}

	@Test
	void aFigureLostAfterTheLastOutcomeIsWrittenOnceHoweverOftenThePassRuns() throws Exception {
		this.mongo.remove(Query.query(Criteria.where("_id").is(this.figureId)), "figures");
		dataQuality().andExpect(jsonPath("$.notYetMeasured").value(Matchers.contains("DATA_QUALITY")));

		this.repair.repairAll();
		org.bson.Document first = this.mongo.findById(this.figureId, org.bson.Document.class, "figures");
		this.clock.advance(Duration.ofMinutes(10));
		this.repair.repairAll();

		dataQuality()
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].percent").value(Matchers.contains(80.0)))
			.andExpect(jsonPath("$.notYetMeasured").isEmpty());
		assertThat(this.mongo.count(Query
			.query(Criteria.where("contractId").is(this.arranged.contractId()).and("dataSource").is("DATA_QUALITY")),
				"figures"))
			.isOne();
		assertThat(this.mongo.findById(this.figureId, org.bson.Document.class, "figures"))
			.as("the second pass found the figure current and left it as it was")
			.isEqualTo(first);
	}

	@Test
	void oneEvaluationsFigureIsWrittenAgainByTheCallTheFlowCouldMakeBeforeConsolidating() throws Exception {
		this.mongo.remove(Query.query(Criteria.where("_id").is(this.figureId)), "figures");

		this.repair.repair(this.evaluations.find(this.arranged.evaluationId()).orElseThrow().file().evaluation());

		dataQuality()
			.andExpect(jsonPath("$.figures[?(@.dataSource == 'DATA_QUALITY')].percent").value(Matchers.contains(80.0)));
	}

	@Test
	void theCallbacksOfAFinalGradeAreLeftAlone() throws Exception {
		gradeFinally();
		this.mongo.remove(Query.query(Criteria.where("_id").is(this.figureId)), "figures");

		this.repair.repairAll();

		assertThat(this.mongo.findById(this.figureId, org.bson.Document.class, "figures")).isNull();
	}

	private void gradeFinally() throws Exception {
		act("/self-assessment", this.arranged.agency(),
				"{\"entries\": {\"1.2.1\": {\"text\": \"制度齐全\", \"evidenceRefs\": []}}}");
		act("/score-sheets", this.arranged.evaluator(), sheet("\"1.2.1\"", "\"1.2.2\"", "\"2.1.1\""));
		act("/score-sheets", OFFICER, sheet("\"2.2.1\"", "\"3.3.1\""));
		act("/consolidation", OFFICER, "");
		act("/provisional-grade", OFFICER, "{\"financeCheck\": \"PASSED\"}");
		this.clock.advance(Duration.ofDays(10));
		this.flow.finalizeClosedWindows();
		this.mvc.perform(get("/api/evaluation/evaluations/{id}", this.arranged.evaluationId()).with(OFFICER))
			.andExpect(
					jsonPath("$.status").value(Matchers.in(List.of("FINAL", "PUBLISHED", "RECTIFICATION_REQUIRED"))));
	}

	private static String sheet(String... leaves) {
		List<String> scores = Arrays.stream(leaves)
			.map((leaf) -> leaf + ": {\"score\": 4, \"evidenceRefs\": [\"doc-2\"], \"comment\": \"ok\"}")
			.toList();
		return "{\"scores\": {" + String.join(", ", scores) + "}}";
	}

	private void act(String action, RequestPostProcessor token, String body) throws Exception {
		var request = post("/api/evaluation/evaluations/{id}" + action, this.arranged.evaluationId()).with(token);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		this.mvc.perform(request).andExpect(status().isOk());
	}

	private long callbacksVersion() {
		return this.mongo.findById(this.arranged.evaluationId(), org.bson.Document.class, "callback_checks")
			.getLong("version");
	}

	private ResultActions dataQuality() throws Exception {
		return this.mvc.perform(get("/api/evaluation/contracts/{id}/figures", this.arranged.contractId()).with(OFFICER))
			.andExpect(status().isOk());
	}

}
