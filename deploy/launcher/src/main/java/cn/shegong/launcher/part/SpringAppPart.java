package cn.shegong.launcher.part;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shegong.launcher.SuiteLayout;
import cn.shegong.launcher.process.Probes;

/**
 * One of our Spring Boot applications (a service or the gateway), run from the jar its
 * module built, configured only through the environment variables docker-compose.yml uses
 * too.
 */
final class SpringAppPart implements Part {

	/**
	 * Lean by design: two cores run eight JVMs, so a small heap and the serial collector.
	 * The full JIT stays on: with C1 only (-XX:TieredStopAtLevel=1) start-up was a little
	 * faster, but checking a token's RS256 signature ran without C2's big-integer
	 * intrinsics and an authenticated request cost about 2.6 ms of CPU in a service
	 * (measured here, see README).
	 */
	private static final List<String> JVM = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-Xss512k");

	/**
	 * The local suite is a test bench: the end-to-end tests let a challenge window pass
	 * by moving these services' clocks (docs/adr/0009). docker-compose.yml and deploy/k8s
	 * never turn the profile on.
	 */
	static final java.util.Set<String> TEST_CLOCK_SERVICES = java.util.Set.of("procurement-service", "talent-service",
			"feedback-service", "evaluation-service");

	private final String module;

	private final int port;

	private final Map<String, String> environment;

	private SpringAppPart(String module, int port, Map<String, String> environment) {
		this.module = module;
		this.port = port;
		this.environment = environment;
	}

	static SpringAppPart service(String module, int port, String database) {
		Map<String, String> environment = new LinkedHashMap<>(common(port));
		environment.put("MONGODB_URI", "mongodb://127.0.0.1:" + StorePart.PORT + "/" + database);
		environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KafkaPart.PORT);
		if (TEST_CLOCK_SERVICES.contains(module)) {
			environment.put("SPRING_PROFILES_ACTIVE", "test-clock");
		}
		return new SpringAppPart(module, port, environment);
	}

	static SpringAppPart gateway(int port, Map<String, Integer> routes) {
		Map<String, String> environment = new LinkedHashMap<>(common(port));
		routes.forEach(
				(name, servicePort) -> environment.put(name.toUpperCase() + "_URL", "http://127.0.0.1:" + servicePort));
		environment.put("GATEWAY_CLIENT_SECRET", "gateway-dev-secret");
		return new SpringAppPart("gateway", port, environment);
	}

	private static Map<String, String> common(int port) {
		String issuer = "http://127.0.0.1:" + KeycloakPart.PORT + "/realms/" + KeycloakPart.REALM;
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("KEYCLOAK_ISSUER_URI", issuer);
		environment.put("KEYCLOAK_JWK_SET_URI", issuer + "/protocol/openid-connect/certs");
		return environment;
	}

	@Override
	public String name() {
		return this.module;
	}

	@Override
	public List<Integer> ports() {
		return List.of(this.port);
	}

	@Override
	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	@Override
	public Stage stage() {
		return Stage.SERVICE;
	}

	@Override
	public Duration startTimeout() {
		return Duration.ofSeconds(240);
	}

	@Override
	public void prepare(SuiteLayout layout) {
		Parts.requireBuilt(layout.moduleJar(this.module), this.module);
	}

	@Override
	public List<String> command(SuiteLayout layout) {
		return JavaCommand.of(this.module, JVM, List.of("-jar", layout.moduleJar(this.module).toString()));
	}

	@Override
	public Map<String, String> environment(SuiteLayout layout) {
		return this.environment;
	}

	@Override
	public java.util.Optional<java.nio.file.Path> artifact(SuiteLayout layout) {
		return java.util.Optional.of(layout.moduleJar(this.module));
	}

	@Override
	public boolean isHealthy(SuiteLayout layout) {
		return Probes.answersOk(url() + "/actuator/health/readiness");
	}

}
