package cn.shegong.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The gateway on a random port in front of fake services and a fake Keycloak, all on real
 * sockets, so tokens are checked against a published key and calls really cross the
 * network. Every integration test extends this class and so shares one application
 * context; each uses its own service, path or client address to stay out of the others'
 * way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayIntegrationTest {

	static final Duration ROUTE_TIMEOUT = Duration.ofSeconds(3);

	static final int MAX_CONCURRENT_CALLS = 3;

	static final int BURST_CAPACITY = 3;

	static final FakeKeycloak KEYCLOAK = FakeKeycloak.start();

	static final FakeBackend PROCUREMENT = FakeBackend.start();

	static final FakeBackend FEEDBACK = FakeBackend.start();

	static final FakeBackend TALENT = FakeBackend.start();

	static final String STOPPED_EVALUATION_URL = FakeBackend.stoppedBackendUrl();

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	@DynamicPropertySource
	static void wireFakes(DynamicPropertyRegistry properties) {
		properties.add("PROCUREMENT_URL", PROCUREMENT::url);
		properties.add("EVALUATION_URL", () -> STOPPED_EVALUATION_URL);
		properties.add("FEEDBACK_URL", FEEDBACK::url);
		properties.add("TALENT_URL", TALENT::url);
		properties.add("KEYCLOAK_ISSUER_URI", KEYCLOAK::issuer);
		properties.add("KEYCLOAK_JWK_SET_URI", KEYCLOAK::jwkSetUri);
		properties.add("GATEWAY_ROUTE_TIMEOUT", () -> ROUTE_TIMEOUT.toSeconds() + "s");
		properties.add("GATEWAY_ROUTE_MAX_CONCURRENT_CALLS", () -> MAX_CONCURRENT_CALLS);
		properties.add("shegong.gateway.rate-limit.replenish-rate", () -> 1);
		properties.add("shegong.gateway.rate-limit.burst-capacity", () -> BURST_CAPACITY);
		// Lets each test be its own client of the rate-limited route; the default (not
		// trusting the header) is proven by ClientAddressKeyResolverTest.
		properties.add("shegong.gateway.trusted-proxy.enabled", () -> true);
	}

	WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(15))
			.build();
	}

	static String bearer(String username, String... roles) {
		return "Bearer " + KEYCLOAK.accessToken(username, List.of(roles));
	}

}
