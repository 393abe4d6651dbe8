package cn.shegong.evaluation.scenario;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.callback.web.CallbackSteps;
import cn.shegong.platform.test.Tokens;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps of one evaluation through the web layer, for the tests that walk it: wait for
 * it to be planned, assign, self-assess, score, and grade it.
 */
public final class EvaluationSteps {

	/** The buyer's officer, governing the region of the contracts' examples. */
	public static final RequestPostProcessor OFFICER = Tokens.officer("330400");

	private final MockMvc mvc;

	private final String evaluationId;

	public EvaluationSteps(MockMvc mvc, String evaluationId) {
		this.mvc = mvc;
		this.evaluationId = evaluationId;
	}

	/** Waits until {@code reader} can read the evaluation: it has been planned. */
	public void planned(RequestPostProcessor reader) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> this.mvc.perform(get("/api/evaluation/evaluations/{id}", this.evaluationId).with(reader))
						.andExpect(status().isOk()));
	}

	public ResultActions assign(String evaluatorId, RequestPostProcessor token) throws Exception {
		return act("/assignment", token, "{\"evaluatorIds\": [\"" + evaluatorId + "\"]}");
	}

	public ResultActions selfAssess(RequestPostProcessor token) throws Exception {
		return act("/self-assessment", token,
				"{\"entries\": {\"1.2.1\": {\"text\": \"制度齐全\", \"evidenceRefs\": [\"doc-1\"]}}}");
	}

	/** A score sheet giving each leaf its score, with evidence and a comment. */
	public ResultActions sheet(RequestPostProcessor token, Map<String, Integer> scores) throws Exception {
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

	/**
	 * The planned evaluation walked to its provisional grade: the evaluator assigned, the
	 * agency's self-assessment, every callback confirmed on {@code day}, the evaluator's
	 * and the buyer's sheets, consolidation, and the grade with the given finance check.
	 * @return the answer to the provisional grade, already checked to be 200
	 */
	public ResultActions gradedWithFinanceCheck(String evaluatorId, RequestPostProcessor agency, LocalDate day,
			String financeCheck) throws Exception {
		RequestPostProcessor evaluator = Evaluators.token(evaluatorId);
		assign(evaluatorId, OFFICER).andExpect(status().isOk());
		selfAssess(agency).andExpect(status().isOk());
		new CallbackSteps(this.mvc, this.evaluationId).allConfirmed(agency, evaluator, day);
		sheet(evaluator, Map.of("1.2.1", 5, "1.2.2", 4, "2.1.1", 6)).andExpect(status().isOk());
		sheet(OFFICER, Map.of("2.2.1", 4, "3.3.1", 4)).andExpect(status().isOk());
		act("/consolidation", OFFICER, "").andExpect(status().isOk());
		return act("/provisional-grade", OFFICER, "{\"financeCheck\": \"" + financeCheck + "\"}")
			.andExpect(status().isOk());
	}

	/** POSTs {@code body} (none if empty) to the evaluation's {@code action}. */
	public ResultActions act(String action, RequestPostProcessor token, String body) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/evaluation/evaluations/{id}" + action, this.evaluationId);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request.with(token));
	}

}
