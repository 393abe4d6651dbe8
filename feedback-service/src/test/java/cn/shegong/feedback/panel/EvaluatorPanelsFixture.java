package cn.shegong.feedback.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.feedback.event.EvaluatorsAssigned;
import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.Tokens;

/**
 * Evaluators as feedback learns them from evaluation's panels, stored directly for tests
 * of what comes after.
 */
public final class EvaluatorPanelsFixture {

	private EvaluatorPanelsFixture() {
	}

	/** The token of a new evaluator on a new panel of an evaluation of the project. */
	public static RequestPostProcessor evaluatorAssignedTo(EvaluatorPanels panels, String projectId) {
		String username = "evaluator." + UUID.randomUUID();
		panels.assigned(new EvaluatorsAssigned("ev-" + UUID.randomUUID(), "ctr-" + projectId, projectId,
				List.of(username), LocalDate.of(2027, 6, 30)));
		return evaluator(username);
	}

	/** The token of an evaluator signing in as {@code username}. */
	public static RequestPostProcessor evaluator(String username) {
		return Tokens.as(username, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "eval-zhiping"));
	}

}
