package cn.shegong.procurement.registry.model;

import cn.shegong.platform.problem.ProblemException;

/** Identifiers and names of the registry are never blank. */
final class RequiredText {

	private RequiredText() {
	}

	static String require(String value, String what) {
		if (value == null || value.isBlank()) {
			throw ProblemException.ruleViolated("required-text-missing", what + " must not be blank", what);
		}
		return value.strip();
	}

}
