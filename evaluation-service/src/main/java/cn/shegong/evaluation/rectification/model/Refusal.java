package cn.shegong.evaluation.rectification.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * Refusals whose English fallback detail is filled from the arguments the localised
 * message receives.
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

}
