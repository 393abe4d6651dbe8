package cn.shegong.e2e;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the real Keycloak, by the password grant of the scripts'
 * client.
 */
final class KeycloakTokens {

	static final String PASSWORD = "shegong-demo";

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private KeycloakTokens() {
	}

	static String of(String username) {
		return CACHE.computeIfAbsent(username, KeycloakTokens::fetch);
	}

	private static String fetch(String username) {
		Http.Response response = Http.postForm(LocalPlatform.KEYCLOAK + "/realms/shegong/protocol/openid-connect/token",
				"client_id=shegong-cli&grant_type=password&username=" + username + "&password=" + PASSWORD);
		if (response.status() != 200) {
			throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
		}
		return response.json().get("access_token").asString();
	}

}
