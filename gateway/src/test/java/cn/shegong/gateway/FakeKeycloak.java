package cn.shegong.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The parts of Keycloak the gateway talks to, on a real port: the realm's signing keys
 * (JWKS), and for browser sign-in the token endpoint (which checks the PKCE verifier) and
 * userinfo. Tokens are RS256-signed with a key made for this test run.
 */
final class FakeKeycloak {

	static final String REALM_PATH = "/realms/shegong";

	static final String API_AUDIENCE = "shegong-api";

	private final RSAKey signingKey;

	private final RSAKey foreignKey;

	private final HttpServer server;

	private final Map<String, PendingLogin> pendingLogins = new HashMap<>();

	private FakeKeycloak() {
		try {
			this.signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
			this.foreignKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (JOSEException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newCachedThreadPool(FakeBackend::daemon));
		this.server.createContext(REALM_PATH + "/protocol/openid-connect/certs",
				(exchange) -> respond(exchange, 200, new JWKSet(this.signingKey).toPublicJWKSet().toString()));
		this.server.createContext(REALM_PATH + "/protocol/openid-connect/token", this::token);
		this.server.createContext(REALM_PATH + "/protocol/openid-connect/userinfo", (exchange) -> respond(exchange, 200,
				JSONObjectUtils.toJSONString(Map.of("sub", "user-officer-1", "preferred_username", "officer1"))));
		this.server.start();
	}

	static FakeKeycloak start() {
		return new FakeKeycloak();
	}

	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + REALM_PATH;
	}

	String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

	String accessToken(String username, List<String> roles) {
		return sign(this.signingKey, accessTokenClaims(username, roles, API_AUDIENCE).build());
	}

	String accessTokenFor(String audience, String username, List<String> roles) {
		return sign(this.signingKey, accessTokenClaims(username, roles, audience).build());
	}

	/** A good signature from the realm's key, but naming another issuer. */
	String accessTokenIssuedBy(String issuer, String username, List<String> roles) {
		return sign(this.signingKey, accessTokenClaims(username, roles, API_AUDIENCE).issuer(issuer).build());
	}

	/** Same claims, signed by a key the realm never published. */
	String forgedAccessToken(String username, List<String> roles) {
		return sign(this.foreignKey, accessTokenClaims(username, roles, API_AUDIENCE).build());
	}

	/**
	 * Keycloak's side of an authorization request the gateway sent the browser to: the
	 * code the browser comes back with, bound to the request's PKCE challenge and nonce.
	 */
	synchronized String approve(String codeChallenge, String nonce, String accessToken) {
		String code = UUID.randomUUID().toString();
		this.pendingLogins.put(code, new PendingLogin(codeChallenge, nonce, accessToken));
		return code;
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		PendingLogin login;
		synchronized (this) {
			login = this.pendingLogins.remove(form.get("code"));
		}
		if (login == null || !login.codeChallenge().equals(s256(form.get("code_verifier")))) {
			respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		JWTClaimsSet idToken = new JWTClaimsSet.Builder().issuer(issuer())
			.subject("user-officer-1")
			.audience("gateway")
			.claim("azp", "gateway")
			.claim("nonce", login.nonce())
			.claim("preferred_username", "officer1")
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		respond(exchange, 200,
				JSONObjectUtils
					.toJSONString(Map.of("access_token", login.accessToken(), "token_type", "Bearer", "expires_in", 300,
							"scope", "openid profile email", "id_token", sign(this.signingKey, idToken))));
	}

	private JWTClaimsSet.Builder accessTokenClaims(String username, List<String> roles, String audience) {
		return new JWTClaimsSet.Builder().issuer(issuer())
			.subject("user-" + username)
			.audience(List.of(audience, "account"))
			.claim("azp", "shegong-cli")
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", roles))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString());
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String s256(String verifier) {
		if (verifier == null) {
			return "";
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> fields = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return fields;
	}

	private static void respond(HttpExchange exchange, int status, String json) {
		try (exchange) {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record PendingLogin(String codeChallenge, String nonce, String accessToken) {
	}

}
