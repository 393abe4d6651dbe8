package cn.shegong.gateway.resilience;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnavailabilityTest {

	@Test
	void anOpenCircuitIsToldApartFromATimeoutAndAFullBulkhead() throws Exception {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("procurement");
		breaker.transitionToOpenState();

		assertThat(Unavailability.of(CallNotPermittedException.createCallNotPermittedException(breaker)))
			.isEqualTo(Unavailability.CIRCUIT_OPEN);
		assertThat(Unavailability.of(new TimeoutException("3s"))).isEqualTo(Unavailability.TIMEOUT);
		assertThat(Unavailability.of(bulkheadFull())).isEqualTo(Unavailability.BULKHEAD_FULL);
	}

	@Test
	void aRefusedConnectionOrNoErrorAtAllMeansUnreachable() {
		assertThat(Unavailability.of(new RuntimeException(new ConnectException("Connection refused"))))
			.isEqualTo(Unavailability.UNREACHABLE);
		assertThat(Unavailability.of(null)).isEqualTo(Unavailability.UNREACHABLE);
	}

	@Test
	void aReasonIsFoundAmongTheCauses() {
		assertThat(Unavailability.of(new IllegalStateException(new TimeoutException())))
			.isEqualTo(Unavailability.TIMEOUT);
	}

	private static Throwable bulkheadFull() throws Exception {
		// resilience4j-bulkhead is only on the runtime classpath, as in production.
		Class<?> bulkhead = Class.forName("io.github.resilience4j.bulkhead.Bulkhead");
		Object full = bulkhead.getMethod("ofDefaults", String.class).invoke(null, "talent");
		return (Throwable) Class.forName("io.github.resilience4j.bulkhead.BulkheadFullException")
			.getMethod("createBulkheadFullException", bulkhead)
			.invoke(null, full);
	}

}
