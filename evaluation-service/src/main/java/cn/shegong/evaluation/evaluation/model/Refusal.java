package cn.shegong.evaluation.evaluation.model;

import java.util.Arrays;

import cn.shegong.platform.problem.ProblemException;

/**
 * Builds refusals whose English fallback detail is filled from the same arguments the
 * localised message receives, so the two never disagree about the numbers.
 */
final class Refusal {

	private Refusal() {
	}

	static ProblemException rule(String slug, String detail, Object... arguments) {
		return ProblemException.ruleViolated(slug, String.format(detail, arguments), arguments);
	}

	static ProblemException conflict(String slug, String detail, Object... arguments) {
		return ProblemException.conflict(slug, String.format(detail, arguments), arguments);
	}

	static ProblemException forbidden(String slug, String detail, Object... arguments) {
		return ProblemException.forbidden(slug, String.format(detail, arguments), arguments);
	}

	static ProblemException wrongStatus(String action, EvaluationStatus actual, EvaluationStatus... allowed) {
		return conflict("evaluation-in-wrong-status", "Cannot %s: the evaluation is %s, it must be %s", action, actual,
				Arrays.toString(allowed));
	}

}
