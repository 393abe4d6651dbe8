package cn.shegong.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClaimsTest {

	@Test
	void realmRolesBecomeRoleAuthorities() {
		Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("agency-staff", "offline_access"))));

		assertThat(new KeycloakClaims().convert(jwt).getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_agency-staff", "ROLE_offline_access");
	}

	@Test
	void tokenWithoutRealmRolesGrantsNothing() {
		assertThat(KeycloakClaims.authoritiesOf(token(Map.of()))).isEmpty();
	}

	@Test
	void callerCarriesTheOrganisationAndRegionTheRealmMapsIntoTheToken() {
		Jwt jwt = token(Map.of("preferred_username", "staff.maqiao", "agency_id", "agency-maqiao", "realm_access",
				Map.of("roles", List.of("agency-staff"))));

		Caller caller = KeycloakClaims.callerOf(jwt);

		assertThat(caller.username()).isEqualTo("staff.maqiao");
		assertThat(caller.agencyId()).contains("agency-maqiao");
		assertThat(caller.region()).isEmpty();
		assertThat(caller.hasRole(PlatformRoles.AGENCY_STAFF)).isTrue();
		assertThat(caller.hasAnyRole(PlatformRoles.ADMIN, PlatformRoles.EVALUATOR)).isFalse();
	}

	@Test
	void blankClaimCountsAsAbsent() {
		assertThat(KeycloakClaims.callerOf(token(Map.of("region", " "))).region()).isEmpty();
	}

	private static Jwt token(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("user-1")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		claims.forEach(builder::claim);
		return builder.build();
	}

}
