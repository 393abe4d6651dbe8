package cn.shegong.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a Keycloak access token: realm roles ({@code realm_access.roles}) become
 * {@code ROLE_<role>} authorities, and the user attributes the realm maps into the token
 * ({@code agency_id}, {@code evaluator_org_id}, {@code region}) become the
 * {@link Caller}.
 */
public final class KeycloakClaims implements Converter<Jwt, AbstractAuthenticationToken> {

	public static final String AGENCY_ID = "agency_id";

	public static final String EVALUATOR_ORG_ID = "evaluator_org_id";

	public static final String REGION = "region";

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		return new JwtAuthenticationToken(jwt, authoritiesOf(jwt), usernameOf(jwt));
	}

	public static List<GrantedAuthority> authoritiesOf(Jwt jwt) {
		return realmRoles(jwt).stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
	}

	public static Caller callerOf(Jwt jwt) {
		return new Caller(jwt.getSubject(), usernameOf(jwt), realmRoles(jwt), text(jwt, AGENCY_ID),
				text(jwt, EVALUATOR_ORG_ID), text(jwt, REGION));
	}

	static Set<String> realmRoles(Jwt jwt) {
		Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
		if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return Set.of();
		}
		Set<String> names = new LinkedHashSet<>();
		roles.forEach((role) -> names.add(String.valueOf(role)));
		return names;
	}

	private static String usernameOf(Jwt jwt) {
		String username = jwt.getClaimAsString("preferred_username");
		return (username != null) ? username : jwt.getSubject();
	}

	private static Optional<String> text(Jwt jwt, String claim) {
		String value = jwt.getClaimAsString(claim);
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value);
	}

}
