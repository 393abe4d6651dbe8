package cn.shegong.platform.test;

import java.util.List;
import java.util.Map;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import cn.shegong.platform.security.KeycloakClaims;

/**
 * Tokens shaped like the ones Keycloak issues for the realm {@code shegong}, for MockMvc
 * tests. End-to-end tests use real Keycloak tokens instead.
 */
public final class Tokens {

	private Tokens() {
	}

	public static JwtRequestPostProcessor as(String username, String role, Map<String, String> attributes) {
		return SecurityMockMvcRequestPostProcessors.jwt()
			.jwt((jwt) -> jwt.subject("sub-" + username)
				.claim("preferred_username", username)
				.claim("realm_access", Map.of("roles", List.of(role)))
				.claims((claims) -> claims.putAll(attributes)))
			.authorities(KeycloakClaims::authoritiesOf);
	}

	public static JwtRequestPostProcessor officer(String region) {
		return as("officer", "procurement-officer", Map.of(KeycloakClaims.REGION, region));
	}

	public static JwtRequestPostProcessor agencyStaff(String agencyId) {
		return as("staff-" + agencyId, "agency-staff", Map.of(KeycloakClaims.AGENCY_ID, agencyId));
	}

	public static JwtRequestPostProcessor agencyHr(String agencyId) {
		return as("hr-" + agencyId, "agency-hr", Map.of(KeycloakClaims.AGENCY_ID, agencyId));
	}

	public static JwtRequestPostProcessor evaluator(String evaluatorOrgId) {
		return as("evaluator-" + evaluatorOrgId, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, evaluatorOrgId));
	}

}
