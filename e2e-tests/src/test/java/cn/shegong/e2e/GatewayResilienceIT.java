package cn.shegong.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What people see when a service is down or hangs: a 503 problem from the gateway within
 * the route's time limit, and a circuit that opens after the configured failures, then
 * closes again once the service is back.
 */
@ExtendWith(LocalPlatform.class)
class GatewayResilienceIT {

	/** The gateway's route time limit (GATEWAY_ROUTE_TIMEOUT, 5 s by default). */
	private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

	/** Minimum calls before the circuit may open; half of them failing opens it. */
	private static final int MINIMUM_CALLS = 5;

	@Test
	void stoppedServiceAnswers503WithinTheTimeLimitAndItsCircuitOpens() {
		String token = KeycloakTokens.of("hr.maqiao");
		LocalPlatform.suite().down(List.of("talent-service"));
		try {
			for (int call = 0; call < MINIMUM_CALLS; call++) {
				long started = System.nanoTime();
				Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/talent/me", token);
				Duration took = Duration.ofNanos(System.nanoTime() - started);

				assertThat(response.status()).isEqualTo(503);
				assertThat(response.isProblem()).isTrue();
				assertThat(response.json().get("rule").asString()).isEqualTo("service-unavailable");
				assertThat(took).isLessThan(TIME_LIMIT.plusSeconds(2));
			}
			assertThat(circuitState("talent")).isEqualTo("OPEN");
			Http.Response whileOpen = Http.get(LocalPlatform.GATEWAY + "/api/talent/me", token);
			assertThat(whileOpen.status()).isEqualTo(503);
			// An open circuit tells the caller when to come back; an unreachable service
			// does not know.
			assertThat(whileOpen.retryAfter()).isNotEmpty();
		}
		finally {
			LocalPlatform.suite().up(List.of("talent-service"));
		}
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> Http.get(LocalPlatform.GATEWAY + "/api/talent/me", token).status() == 200);
	}

	@Test
	void hangingServiceAnswers503OnceTheTimeLimitRunsOut() {
		String token = KeycloakTokens.of("evaluator.zhiping");
		LocalPlatform.suite().freeze("evaluation-service", true);
		try {
			long started = System.nanoTime();
			Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/evaluation/me", token);
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(response.status()).isEqualTo(503);
			assertThat(response.json().get("rule").asString()).isEqualTo("service-unavailable");
			assertThat(took).isBetween(TIME_LIMIT.minusMillis(500), TIME_LIMIT.plusSeconds(3));
		}
		finally {
			LocalPlatform.suite().freeze("evaluation-service", false);
		}
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> Http.get(LocalPlatform.GATEWAY + "/api/evaluation/me", token).status() == 200);
	}

	private static String circuitState(String route) {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/actuator/circuitbreakers", null);
		return response.json().get("circuitBreakers").get(route).get("state").asString();
	}

}
