package cn.shegong.gateway;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous residents' route: open to all, but each client gets a budget and a body
 * size. Every test is a different client (its own {@code X-Forwarded-For}, trusted in
 * this test setup) so the budgets do not mix.
 */
class PublicRouteIT extends GatewayIntegrationTest {

	private static final int OVER_LIMIT = 64 * 1024 + 1;

	@Test
	void aResidentSendsFeedbackWithoutSigningIn() {
		client().post()
			.uri("/api/feedback/public/submissions")
			.header("X-Forwarded-For", "198.51.100.1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"text\":\"社区活动很好\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("X-RateLimit-Remaining");
	}

	@Test
	void aClientOverItsBurstIsToldToSlowDownWithRetryAfter() {
		EntityExchangeResult<String> refused = null;
		for (int attempt = 0; attempt <= BURST_CAPACITY + 1 && refused == null; attempt++) {
			EntityExchangeResult<String> result = client().get()
				.uri("/api/feedback/public/channels")
				.header("X-Forwarded-For", "198.51.100.2")
				.exchange()
				.expectBody(String.class)
				.returnResult();
			if (result.getStatus().value() == 429) {
				refused = result;
			}
			else {
				assertThat(result.getStatus().value()).isEqualTo(200);
			}
		}

		assertThat(refused).as("a 429 within burst + 2 requests").isNotNull();
		assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getResponseBody()).contains("\"type\":\"https://shegong.cn/problems/too-many-requests\"")
			.contains("\"status\":429")
			.contains("\"rule\":\"too-many-requests\"");
	}

	@Test
	void anotherClientKeepsItsOwnBudget() {
		for (int i = 0; i < BURST_CAPACITY + 2; i++) {
			client().get()
				.uri("/api/feedback/public/channels")
				.header("X-Forwarded-For", "198.51.100.3")
				.exchange()
				.expectBody()
				.returnResult();
		}

		client().get()
			.uri("/api/feedback/public/channels")
			.header("X-Forwarded-For", "198.51.100.4")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aBodyDeclaredLargerThanTheLimitIsRefusedUnread() {
		client().post()
			.uri("/api/feedback/public/submissions")
			.header("X-Forwarded-For", "198.51.100.5")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("x".repeat(OVER_LIMIT))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://shegong.cn/problems/payload-too-large")
			.jsonPath("$.rule")
			.isEqualTo("payload-too-large");
	}

	@Test
	void aChunkedBodyThatGrowsPastTheLimitIsRefused() throws Exception {
		byte[] body = "x".repeat(OVER_LIMIT).getBytes(StandardCharsets.UTF_8);
		HttpRequest chunked = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/feedback/public/submissions"))
			.header("X-Forwarded-For", "198.51.100.6")
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(15))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"rule\":\"payload-too-large\"");
	}

	@Test
	void healthAndCircuitStatesAreOpenToProbesAndTheRestAsksForSignIn() {
		client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		client().get().uri("/actuator/circuitbreakers").exchange().expectStatus().isOk();
		client().get().uri("/actuator/env").exchange().expectStatus().is3xxRedirection();
	}

}
