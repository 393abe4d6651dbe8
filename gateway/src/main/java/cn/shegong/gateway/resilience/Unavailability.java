package cn.shegong.gateway.resilience;

import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Why a service could not answer, read from the error the circuit breaker saw. Each
 * reason has its own sentence in the problem detail, because "retry in ten seconds" and
 * "the service is down" call for different reactions.
 */
enum Unavailability {

	CIRCUIT_OPEN("circuit-open"), TIMEOUT("timeout"), BULKHEAD_FULL("bulkhead-full"), UNREACHABLE("unreachable");

	private static final String BULKHEAD_FULL_EXCEPTION = "io.github.resilience4j.bulkhead.BulkheadFullException";

	private final String slug;

	Unavailability(String slug) {
		this.slug = slug;
	}

	String detailCode() {
		return "problem.service-unavailable." + this.slug + ".detail";
	}

	static Unavailability of(Throwable error) {
		if (find(error, CallNotPermittedException.class).isPresent()) {
			return CIRCUIT_OPEN;
		}
		if (find(error, TimeoutException.class).isPresent()) {
			return TIMEOUT;
		}
		if (isBulkheadFull(error)) {
			return BULKHEAD_FULL;
		}
		return UNREACHABLE;
	}

	/**
	 * By name: resilience4j-bulkhead reaches this module only at runtime, through the
	 * circuit breaker starter, and the module's compile dependencies stay as they are.
	 */
	private static boolean isBulkheadFull(Throwable error) {
		for (Throwable cause = error; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (BULKHEAD_FULL_EXCEPTION.equals(cause.getClass().getName())) {
				return true;
			}
		}
		return false;
	}

	/** The error itself or its first cause of the given type. */
	static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
