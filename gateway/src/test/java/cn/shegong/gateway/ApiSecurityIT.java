package cn.shegong.gateway;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who gets through the {@code /api/**} door, and what the others are told. */
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityIT extends GatewayIntegrationTest {

	@Test
	void anOfficerReachesProcurementWithTokenAndRequestIdPassedOn(CapturedOutput output) {
		String authorization = bearer("officer1", "procurement-officer");

		client().get()
			.uri("/api/procurement/tenders/1")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header("X-Request-Id", "req-12345678")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "req-12345678")
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/api/procurement/tenders/1");

		assertThat(PROCUREMENT.headersSeenAt("/api/procurement/tenders/1").getFirst("Authorization"))
			.isEqualTo(authorization);
		assertThat(PROCUREMENT.headersSeenAt("/api/procurement/tenders/1").getFirst("X-Request-Id"))
			.isEqualTo("req-12345678");
		// The access log line is written once the exchange completes, which may be just
		// after the client has its answer: awaited, not assumed.
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output).contains("\"requestId\":\"req-12345678\""));
	}

	@Test
	void aRequestIdThatDoesNotLookLikeOneIsReplacedBeforeItReachesTheService() {
		String answered = client().get()
			.uri("/api/procurement/tenders/2")
			.header(HttpHeaders.AUTHORIZATION, bearer("officer1", "procurement-officer"))
			.header("X-Request-Id", "not an id; <script>")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("X-Request-Id");

		assertThat(answered).matches("[0-9a-f-]{36}");
		assertThat(PROCUREMENT.headersSeenAt("/api/procurement/tenders/2").getFirst("X-Request-Id"))
			.isEqualTo(answered);
	}

	@Test
	void aBearerCallNeedsNoCsrfTokenToChangeSomething() {
		client().post()
			.uri("/api/procurement/tenders")
			.header(HttpHeaders.AUTHORIZATION, bearer("officer1", "procurement-officer"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"社区养老服务\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void withoutATokenTheCallerIsToldToSignInNotRedirected() {
		client().get()
			.uri("/api/procurement/tenders/1")
			.header("X-Request-Id", "req-unauthenticated")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectHeader()
			.valueEquals("X-Request-Id", "req-unauthenticated")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://shegong.cn/problems/unauthenticated")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.rule")
			.isEqualTo("unauthenticated")
			.jsonPath("$.title")
			.isEqualTo("需要登录")
			.jsonPath("$.detail")
			.isEqualTo("此操作需要平台统一登录（Keycloak）签发的有效访问令牌。")
			.jsonPath("$.requestId")
			.isEqualTo("req-unauthenticated");
	}

	@Test
	void aCallerWhoAsksForEnglishGetsTheProblemInEnglish() {
		client().get()
			.uri("/api/talent/people")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Sign-in required");
	}

	@Test
	void aRoleWithoutBusinessInTheServiceIsForbidden() {
		client().get()
			.uri("/api/procurement/tenders/1")
			.header(HttpHeaders.AUTHORIZATION, bearer("hr1", "agency-hr"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://shegong.cn/problems/forbidden")
			.jsonPath("$.status")
			.isEqualTo(403)
			.jsonPath("$.rule")
			.isEqualTo("forbidden");
	}

	@Test
	void aTokenMeantForAnotherAudienceIsRejected() {
		String otherAudience = KEYCLOAK.accessTokenFor("some-other-api", "officer1", List.of("procurement-officer"));

		client().get()
			.uri("/api/procurement/tenders/1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + otherAudience)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.rule")
			.isEqualTo("unauthenticated");
	}

	@Test
	void aTokenFromAnIssuerSpelledEvenSlightlyDifferentlyIsRejected() {
		String localhostIssuer = KEYCLOAK.issuer().replace("127.0.0.1", "localhost");

		client().get()
			.uri("/api/procurement/tenders/1")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer "
							+ KEYCLOAK.accessTokenIssuedBy(localhostIssuer, "officer1", List.of("procurement-officer")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aTokenSignedWithAKeyTheRealmNeverPublishedIsRejected() {
		client().get()
			.uri("/api/procurement/tenders/1")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + KEYCLOAK.forgedAccessToken("officer1", List.of("procurement-officer", "admin")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void anApiPathNoServiceOwnsIsClosedEvenToAnAdmin() {
		client().get()
			.uri("/api/payroll/everything")
			.header(HttpHeaders.AUTHORIZATION, bearer("root", "admin"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void thePublicPartsOfServicesNeedNoToken() {
		client().get().uri("/api/procurement/public/notices").exchange().expectStatus().isOk();
	}

	@Test
	void aSignedInCallersBodyOverTheRoutesLimitIsRefusedWithAProblemBeforeItIsBuffered() {
		client().post()
			.uri("/api/procurement/tenders")
			.header(HttpHeaders.AUTHORIZATION, bearer("officer1", "procurement-officer"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("x".repeat(1024 * 1024 + 1))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.rule")
			.isEqualTo("payload-too-large");
	}

	@Test
	void hrsExcelImportsOfAFewMegabytesPassTheTalentRoute() {
		client().post()
			.uri("/api/talent/imports")
			.header(HttpHeaders.AUTHORIZATION, bearer("hr1", "agency-hr"))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[3 * 1024 * 1024])
			.exchange()
			.expectStatus()
			.isOk();
	}

}
