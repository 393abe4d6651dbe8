package cn.shegong.platform.test;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The refusal a call throws, failing the test when it throws none, so tests can check its
 * rule.
 */
public final class Refusals {

	private Refusals() {
	}

	public static ProblemException refusalOf(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).as("the refusal").isInstanceOf(ProblemException.class);
		return (ProblemException) thrown;
	}

}
