package cn.shegong.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in through the browser: the gateway sends them to Keycloak with PKCE,
 * trades the code for tokens, keeps the tokens in the session and relays the access token
 * to the services. The browser here is the test, holding the cookies.
 */
class BrowserLoginIT extends GatewayIntegrationTest {

	private final Map<String, String> cookies = new HashMap<>();

	@Test
	void aSignedInBrowserCallsServicesWithItsUsersTokenAndMustProveItsOriginToChangeThings() {
		EntityExchangeResult<byte[]> page = browse(client().get().uri("/dashboard").accept(MediaType.TEXT_HTML));
		assertThat(page.getStatus().value()).isEqualTo(302);
		assertThat(page.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");

		EntityExchangeResult<byte[]> toKeycloak = browse(client().get().uri("/oauth2/authorization/keycloak"));
		URI authorization = toKeycloak.getResponseHeaders().getLocation();
		Map<String, String> query = queryOf(authorization);
		assertThat(authorization.toString()).startsWith(KEYCLOAK.issuer() + "/protocol/openid-connect/auth?");
		assertThat(query).containsEntry("client_id", "gateway")
			.containsEntry("response_type", "code")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("code_challenge", "state", "nonce");

		String accessToken = KEYCLOAK.accessToken("officer1", List.of("procurement-officer"));
		String code = KEYCLOAK.approve(query.get("code_challenge"), query.get("nonce"), accessToken);
		EntityExchangeResult<byte[]> signedIn = browse(
				client().get().uri("/login/oauth2/code/keycloak?code={code}&state={state}", code, query.get("state")));
		assertThat(signedIn.getStatus().value()).isEqualTo(302);
		assertThat(signedIn.getResponseHeaders().getLocation()).hasToString("/dashboard");

		EntityExchangeResult<byte[]> relayed = browse(client().get().uri("/api/procurement/tenders/relayed"));
		assertThat(relayed.getStatus().value()).isEqualTo(200);
		assertThat(PROCUREMENT.headersSeenAt("/api/procurement/tenders/relayed").getFirst("Authorization"))
			.isEqualTo("Bearer " + accessToken);

		EntityExchangeResult<byte[]> forged = browse(client().post()
			.uri("/api/procurement/tenders")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(forged.getStatus().value()).isEqualTo(403);
		assertThat(new String(forged.getResponseBody(), StandardCharsets.UTF_8)).contains("\"rule\":\"forbidden\"");

		assertThat(this.cookies).containsKey("XSRF-TOKEN");
		EntityExchangeResult<byte[]> fromOurPage = browse(client().post()
			.uri("/api/procurement/tenders")
			.header("X-XSRF-TOKEN", this.cookies.get("XSRF-TOKEN"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}"));
		assertThat(fromOurPage.getStatus().value()).isEqualTo(200);
	}

	@Test
	void aBrowserWithoutASessionIsAnsweredByTheApiNotSentToSignIn() {
		client().get()
			.uri("/api/talent/people")
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private EntityExchangeResult<byte[]> browse(WebTestClient.RequestHeadersSpec<?> request) {
		EntityExchangeResult<byte[]> result = request.cookies((sent) -> this.cookies.forEach(sent::add))
			.exchange()
			.expectBody()
			.returnResult();
		remember(result.getResponseCookies());
		return result;
	}

	private void remember(MultiValueMap<String, ResponseCookie> set) {
		set.forEach((name, values) -> values.forEach((cookie) -> {
			if (cookie.getMaxAge().isZero()) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, cookie.getValue());
			}
		}));
	}

	private static Map<String, String> queryOf(URI uri) {
		Map<String, String> query = new HashMap<>();
		UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.forEach((name, values) -> query.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
		return query;
	}

}
