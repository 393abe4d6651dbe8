package cn.shegong.procurement.tender.model;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a command is refused by a named rule. */
final class Problems {

	private Problems() {
	}

	static ProblemException refusedBy(String rule, ProblemException.Kind kind, ThrowingCallable command) {
		ProblemException problem = catchThrowableOfType(ProblemException.class, command);
		assertThat(problem).as("refusal by " + rule).isNotNull();
		assertThat(problem.rule()).isEqualTo(rule);
		assertThat(problem.kind()).isEqualTo(kind);
		return problem;
	}

	static ProblemException ruleViolated(String rule, ThrowingCallable command) {
		return refusedBy(rule, ProblemException.Kind.RULE_VIOLATED, command);
	}

	static ProblemException illegalTransition(ThrowingCallable command) {
		return refusedBy("illegal-tender-transition", ProblemException.Kind.CONFLICT, command);
	}

}
