package cn.shegong.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route through the gateway, with real Keycloak tokens, against the real services.
 */
@ExtendWith(LocalPlatform.class)
class GatewayRoutesIT {

	@ParameterizedTest(name = "{0} answers {1}")
	@CsvSource({ "procurement, officer.haining", "procurement, staff.maqiao", "evaluation, evaluator.zhiping",
			"evaluation, supervisor.haining", "feedback, staff.xiashi", "talent, hr.maqiao",
			"talent, officer.tongxiang" })
	void routeAnswersTheRightRoleAndTheServiceSeesWhoIsAsking(String route, String user) {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/" + route + "/me", KeycloakTokens.of(user));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("username").asString()).isEqualTo(user);
	}

	@ParameterizedTest(name = "{0} signs in as {1}")
	@CsvSource({ "officer.haining, procurement-officer, region, 330481",
			"officer.tongxiang, procurement-officer, region, 330483",
			"staff.maqiao, agency-staff, agencyId, agency-maqiao",
			"staff.xiashi, agency-staff, agencyId, agency-xiashi", "hr.maqiao, agency-hr, agencyId, agency-maqiao",
			"hr.xiashi, agency-hr, agencyId, agency-xiashi",
			"evaluator.zhiping, evaluator, evaluatorOrgId, eval-zhiping",
			"supervisor.haining, supervisor, region, 330481", "admin.platform, admin, region, ''" })
	void everyDemoUserGetsARealTokenWhoseRoleAndOrganisationReachTheServices(String user, String role, String claim,
			String value) {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/evaluation/me", KeycloakTokens.of(user));

		if ("agency-hr".equals(role)) {
			// HR has no business with evaluations: the gateway refuses the route, with a
			// problem.
			assertThat(response.status()).isEqualTo(403);
			response = Http.get(LocalPlatform.GATEWAY + "/api/talent/me", KeycloakTokens.of(user));
		}
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("roles").toString()).contains("\"" + role + "\"");
		assertThat(response.json().get(claim).asString()).isEqualTo(value);
	}

	@Test
	void theAgencyClaimOfTheTokenReachesTheService() {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/procurement/me",
				KeycloakTokens.of("staff.xiashi"));

		assertThat(response.json().get("agencyId").asString()).isEqualTo("agency-xiashi");
	}

	@ParameterizedTest(name = "{0} without a token")
	@CsvSource({ "procurement", "evaluation", "feedback", "talent" })
	void routeRefusesARequestWithoutATokenWithAProblem(String route) {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/" + route + "/me", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().get("rule").asString()).isEqualTo("unauthenticated");
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@CsvSource({ "procurement, hr.maqiao", "procurement, evaluator.zhiping", "evaluation, hr.xiashi",
			"feedback, hr.maqiao", "talent, staff.maqiao" })
	void routeRefusesAWrongRoleWithAProblem(String route, String user) {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/" + route + "/me", KeycloakTokens.of(user));

		assertThat(response.status()).as(response.body()).isEqualTo(403);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("rule").asString()).isEqualTo("forbidden");
	}

	@ParameterizedTest(name = "{0} on port {1} reached directly")
	@CsvSource({ "procurement, 8081", "evaluation, 8082", "feedback, 8083", "talent, 8084" })
	void serviceReachedDirectlyWithoutATokenAnswers401(String route, int port) {
		Http.Response response = Http.get("http://127.0.0.1:" + port + "/api/" + route + "/me", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("rule").asString()).isEqualTo("unauthenticated");
	}

	@Test
	void serviceReachedDirectlyStillChecksTheTokenItself() {
		String token = KeycloakTokens.of("officer.haining");
		String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

		Http.Response response = Http.get("http://127.0.0.1:8081/api/procurement/me", tampered);

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void residentsReachThePublicFeedbackRouteWithoutSigningIn() {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/feedback/public/channels", null);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get(0).get("code").asString()).isEqualTo("ONLINE_FORM");
	}

	@Test
	void requestIdGivenToTheGatewayReachesTheServiceAndComesBack() {
		Http.Response response = Http.get(LocalPlatform.GATEWAY + "/api/talent/no-such-thing",
				KeycloakTokens.of("hr.maqiao"), "X-Request-Id", "e2e-request-0001");

		// The 404 comes from talent-service itself, so the id in its body crossed the
		// gateway.
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("requestId").asString()).isEqualTo("e2e-request-0001");
		assertThat(response.requestId()).isEqualTo("e2e-request-0001");
	}

}
