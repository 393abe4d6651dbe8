package cn.shegong.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that is down, slow or saturated costs the caller a prompt 503 problem, never
 * a 500 or a wait. Each test uses its own service, since a circuit's state is shared.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResilienceIT extends GatewayIntegrationTest {

	@Test
	void aStoppedServiceIsReportedUnavailableWithinTheTimeLimitAndThenItsCircuitOpens() {
		String authorization = bearer("evaluator1", "evaluator");
		long started = System.nanoTime();

		client().get()
			.uri("/api/evaluation/reports")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://shegong.cn/problems/service-unavailable")
			.jsonPath("$.rule")
			.isEqualTo("service-unavailable")
			.jsonPath("$.detail")
			.isEqualTo("The evaluation service cannot be reached at the moment.");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ROUTE_TIMEOUT);

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			client().get()
				.uri("/api/evaluation/reports")
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.exchange()
				.expectStatus()
				.isEqualTo(503);
			return this.circuitBreakers.circuitBreaker("evaluation").getState() == CircuitBreaker.State.OPEN;
		});

		client().get()
			.uri("/actuator/circuitbreakers")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.circuitBreakers.evaluation.state")
			.isEqualTo("OPEN");
		client().get()
			.uri("/api/evaluation/reports")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "10")
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The evaluation service failed repeatedly, so the gateway stops calling it for a while; "
					+ "retry after 10 seconds.");
	}

	@Test
	void aServiceThatDoesNotAnswerIsCutOffAtTheTimeLimit() {
		long started = System.nanoTime();

		client().get()
			.uri("/api/feedback/cases/hang")
			.header(HttpHeaders.AUTHORIZATION, bearer("officer1", "procurement-officer"))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.rule")
			.isEqualTo("service-unavailable")
			.jsonPath("$.detail")
			.isEqualTo("反馈服务未能及时响应。");

		Duration waited = Duration.ofNanos(System.nanoTime() - started);
		assertThat(waited).isGreaterThanOrEqualTo(ROUTE_TIMEOUT).isLessThan(ROUTE_TIMEOUT.plusSeconds(3));
	}

	@Test
	void whenAServiceIsBusyWithAllTheCallsItMayHaveTheNextOneGets503NotA500(CapturedOutput output) {
		String authorization = bearer("hr1", "agency-hr");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<CompletableFuture<HttpResponse<String>>> holders = IntStream.range(0, MAX_CONCURRENT_CALLS)
			.mapToObj((i) -> http.sendAsync(get("/api/talent/people/hold", authorization),
					HttpResponse.BodyHandlers.ofString()))
			.toList();
		await().atMost(Duration.ofSeconds(5)).until(() -> TALENT.held() == MAX_CONCURRENT_CALLS);

		EntityExchangeResult<String> overflow = client().get()
			.uri("/api/talent/people/1")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		TALENT.releaseHeld();

		assertThat(overflow.getStatus().value()).isEqualTo(503);
		assertThat(overflow.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(overflow.getResponseBody()).contains("\"rule\":\"service-unavailable\"")
			.contains("人才服务正在处理的请求已达网关允许的上限");
		assertThat(holders).allSatisfy((holder) -> assertThat(holder.join().statusCode()).isEqualTo(200));
		// Shedding load is the gateway's doing, not the service failing: the circuit does
		// not count it.
		assertThat(this.circuitBreakers.circuitBreaker("talent").getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(output).contains("\"backend\":\"talent\"", "\"reason\":\"BULKHEAD_FULL\"")
			.doesNotContain("failed to append");
	}

	@Test
	void theFallbackItselfNeedsNoToken() {
		client().get()
			.uri("/fallback/procurement")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.rule")
			.isEqualTo("service-unavailable");
	}

	private HttpRequest get(String path, String authorization) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.timeout(Duration.ofSeconds(15))
			.build();
	}

}
