package cn.shegong.evaluation.callback.web;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.evaluation.scenario.ContractOnRecord;
import cn.shegong.evaluation.scenario.EvaluationSteps;
import cn.shegong.evaluation.scenario.Evaluators;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.Tokens;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mid-term evaluation of a fresh contract, with every figure the other services feed
 * arrived through the broker and a fresh evaluator assigned: where callbacks start.
 */
record AssignedEvaluation(String contractId, String agencyId, String evaluationId, String evaluatorId) {

	static final RequestPostProcessor ADMIN = Evaluators.ADMIN;

	static final RequestPostProcessor OFFICER = EvaluationSteps.OFFICER;

	static AssignedEvaluation arrange(MockMvc mvc, ApplicationContext context) throws Exception {
		ContractOnRecord contract = ContractOnRecord.fresh(context).awarded().milestoneFellDue(1);
		contract.figuresSent();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> mvc.perform(get("/api/evaluation/contracts/{id}/figures", contract.contractId()).with(ADMIN))
						.andExpect(jsonPath("$.notYetMeasured").value(Matchers.contains("DATA_QUALITY"))));
		AssignedEvaluation arranged = new AssignedEvaluation(contract.contractId(), contract.agencyId(),
				contract.evaluationId(), Evaluators.register(mvc));
		new EvaluationSteps(mvc, arranged.evaluationId()).assign(arranged.evaluatorId(), OFFICER)
			.andExpect(status().isOk());
		return arranged;
	}

	RequestPostProcessor agency() {
		return Tokens.agencyStaff(this.agencyId);
	}

	RequestPostProcessor evaluator() {
		return evaluatorToken(this.evaluatorId);
	}

	static RequestPostProcessor evaluatorToken(String evaluatorId) {
		return Evaluators.token(evaluatorId);
	}

	/** The clock the callback tests share, so that they share one application context. */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		AdjustableClock clock() {
			return AdjustableClock.inShanghai();
		}

	}

}
