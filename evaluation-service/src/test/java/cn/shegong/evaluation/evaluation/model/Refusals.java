package cn.shegong.evaluation.evaluation.model;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts a refusal by its rule slug, then lets the test look at the detail. */
final class Refusals {

	private Refusals() {
	}

	static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call, String slug) {
		return assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
				(p) -> assertThat(p.rule()).isEqualTo(slug));
	}

}
