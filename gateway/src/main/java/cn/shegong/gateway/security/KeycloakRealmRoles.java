package cn.shegong.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Keycloak puts realm roles into {@code realm_access.roles}; Spring's role checks expect
 * {@code ROLE_<role>} authorities. Both the bearer-token path and the browser-session
 * path read roles through here, so they agree.
 */
final class KeycloakRealmRoles {

	private KeycloakRealmRoles() {
	}

	static List<GrantedAuthority> authoritiesOf(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)
				|| !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return List.of();
		}
		return roles.stream()
			.map(String::valueOf)
			.distinct()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

}
