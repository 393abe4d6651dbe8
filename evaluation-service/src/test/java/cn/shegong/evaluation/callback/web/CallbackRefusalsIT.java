package cn.shegong.evaluation.callback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static cn.shegong.evaluation.callback.web.AssignedEvaluation.OFFICER;
import static cn.shegong.evaluation.callback.web.AssignedEvaluation.evaluatorToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may report, draw and call, and the refusals of records that cannot be called back,
 * each with its rule.
 */
@ServiceIntegrationTest
@Import(AssignedEvaluation.MovableTime.class)
class CallbackRefusalsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AdjustableClock clock;

	String evaluationId;

	String evaluator;

	String agencyId;

	RequestPostProcessor agency;

	CallbackSteps callbacks;

	LocalDate today;

	@BeforeEach
	void anAssignedEvaluation() throws Exception {
		AssignedEvaluation arranged = AssignedEvaluation.arrange(this.mvc, this.context);
		this.evaluationId = arranged.evaluationId();
		this.evaluator = arranged.evaluatorId();
		this.agencyId = arranged.agencyId();
		this.agency = arranged.agency();
		this.today = LocalDate.now(this.clock);
		this.callbacks = new CallbackSteps(this.mvc, this.evaluationId);
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

	private ResultActions readCallbacks(RequestPostProcessor token) throws Exception {
		return this.mvc.perform(get("/api/evaluation/evaluations/{id}/callbacks", this.evaluationId).with(token))
			.andExpect(status().isOk());
	}

	private static void refused(ResultActions response, int status, String rule) throws Exception {
		response.andExpect(status().is(status)).andExpect(jsonPath("$.type").value(Matchers.endsWith(rule)));
	}

}
