package cn.shegong.evaluation.evaluator.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin keeps the register of evaluators, where they worked and their organisations'
 * contracts; an evaluator reads their own record and their organisation's contracts.
 */
@ServiceIntegrationTest
class EvaluatorsIT {

	private static final JwtRequestPostProcessor ADMIN = Tokens.as("admin", "admin", Map.of());

	@Autowired
	MockMvc mvc;

	@Test
	void anAdminRegistersAnEvaluatorAndAddsWhereTheyWorked() throws Exception {
		String id = "evaluator." + UUID.randomUUID();

		this.mvc.perform(register(id, "eval-zhiping", """
				[{"agencyId": "agency-maqiao", "from": "2019-03-01", "until": "2022-02-28"}]"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evaluatorId").value(id))
			.andExpect(jsonPath("$.employments", hasSize(1)));
		this.mvc.perform(postJson("/api/evaluation/evaluators/{id}/employments", id, """
				{"agencyId": "agency-xiashi", "from": "2022-03-01"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.employments", hasSize(2)))
			.andExpect(jsonPath("$.employments[1].agencyId").value("agency-xiashi"))
			.andExpect(jsonPath("$.employments[1].until").doesNotExist());

		this.mvc.perform(get("/api/evaluation/evaluators/{id}", id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluatorOrgId").value("eval-zhiping"))
			.andExpect(jsonPath("$.employments[0].until").value("2022-02-28"));
		this.mvc.perform(get("/api/evaluation/evaluators").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].evaluatorId", hasItem(id)));
	}

	@Test
	void registeringTheSameEvaluatorTwiceIsAConflict() throws Exception {
		String id = "evaluator." + UUID.randomUUID();
		this.mvc.perform(register(id, "eval-zhiping", "[]")).andExpect(status().isCreated());

		this.mvc.perform(register(id, "eval-other", "[]"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("evaluator-already-registered"));
	}

	@Test
	void anEmploymentEndingBeforeItStartsIsRefusedByName() throws Exception {
		String id = "evaluator." + UUID.randomUUID();
		this.mvc.perform(register(id, "eval-zhiping", """
				[{"agencyId": "agency-maqiao", "from": "2022-03-01", "until": "2022-02-28"}]"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("employment-ends-before-it-starts"));
		this.mvc.perform(register(id, "eval-zhiping", "[]")).andExpect(status().isCreated());

		this.mvc.perform(postJson("/api/evaluation/evaluators/{id}/employments", id, """
				{"agencyId": "agency-maqiao", "from": "2022-03-01", "until": "2021-01-01"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("employment-ends-before-it-starts"));
		this.mvc.perform(get("/api/evaluation/evaluators/{id}", id).with(ADMIN))
			.andExpect(jsonPath("$.employments", hasSize(0)));
	}

	@Test
	void anUnknownEvaluatorIsNotFound() throws Exception {
		this.mvc.perform(get("/api/evaluation/evaluators/{id}", "evaluator.nobody").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("evaluator-not-found"));
		this.mvc.perform(postJson("/api/evaluation/evaluators/{id}/employments", "evaluator.nobody", """
				{"agencyId": "agency-maqiao", "from": "2022-03-01"}"""))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("evaluator-not-found"));
	}

	@Test
	void anIncompleteRegistrationIsA400() throws Exception {
		this.mvc
			.perform(post("/api/evaluation/evaluators").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
					{"evaluatorId": "evaluator.x", "name": ""}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"));
	}

	@Test
	void onlyAnAdminKeepsTheRegister() throws Exception {
		for (JwtRequestPostProcessor other : List.of(Tokens.evaluator("eval-zhiping"), Tokens.officer("330481"),
				Tokens.agencyStaff("agency-maqiao"))) {
			this.mvc.perform(
					post("/api/evaluation/evaluators").with(other).contentType(MediaType.APPLICATION_JSON).content("""
							{"evaluatorId": "evaluator.self", "name": "自荐", "evaluatorOrgId": "eval-zhiping"}"""))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/evaluation/evaluators").with(other)).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/evaluation/evaluators/{id}/employments", "evaluator.zhiping").with(other)
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"agencyId": "agency-maqiao", "from": "2022-03-01"}"""))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/api/evaluation/evaluator-organisations/{org}/contracts", "eval-zhiping").with(other)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"agencyId": "agency-maqiao", "from": "2026-01-01", "until": "2026-12-31", "what": "培训"}"""))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theDemoEvaluatorReadsTheirOwnRecord() throws Exception {
		this.mvc.perform(get("/api/evaluation/evaluators/me").with(evaluatorSignedInAs("evaluator.zhiping")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluatorId").value("evaluator.zhiping"))
			.andExpect(jsonPath("$.evaluatorOrgId").value("eval-zhiping"))
			.andExpect(jsonPath("$.name").value("钱志平"));
	}

	@Test
	void anUnregisteredEvaluatorHasNoRecordAndOtherRolesNoOwnRecordToAskFor() throws Exception {
		this.mvc.perform(get("/api/evaluation/evaluators/me").with(evaluatorSignedInAs("evaluator.unregistered")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("evaluator-not-found"));
		this.mvc.perform(get("/api/evaluation/evaluators/me").with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminRegistersAnOrganisationsContractsWhichItsOwnEvaluatorsRead() throws Exception {
		String org = "eval-" + UUID.randomUUID();
		this.mvc.perform(postJson("/api/evaluation/evaluator-organisations/{org}/contracts", org, """
				{"agencyId": "agency-maqiao", "from": "2026-01-01", "until": "2026-12-31", "what": "督导培训"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contractId").isNotEmpty())
			.andExpect(jsonPath("$.evaluatorOrgId").value(org));

		this.mvc.perform(get("/api/evaluation/evaluator-organisations/{org}/contracts", org).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].what").value("督导培训"));
		this.mvc
			.perform(get("/api/evaluation/evaluator-organisations/{org}/contracts", org).with(Tokens.evaluator(org)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].agencyId").value("agency-maqiao"));
		this.mvc
			.perform(get("/api/evaluation/evaluator-organisations/{org}/contracts", org)
				.with(Tokens.evaluator("eval-zhiping")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("another-evaluator-organisation"));
		this.mvc
			.perform(get("/api/evaluation/evaluator-organisations/{org}/contracts", org).with(Tokens.officer("330481")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aContractEndingBeforeItStartsIsRefusedByName() throws Exception {
		this.mvc.perform(postJson("/api/evaluation/evaluator-organisations/{org}/contracts", "eval-zhiping", """
				{"agencyId": "agency-maqiao", "from": "2026-02-01", "until": "2026-01-31", "what": "培训"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("contract-ends-before-it-starts"));
	}

	private static JwtRequestPostProcessor evaluatorSignedInAs(String username) {
		return Tokens.as(username, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "eval-zhiping"));
	}

	private MockHttpServletRequestBuilder register(String id, String orgId, String employments) {
		return post("/api/evaluation/evaluators").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"evaluatorId": "%s", "name": "评估员", "evaluatorOrgId": "%s", "employments": %s}""".formatted(id,
					orgId, employments));
	}

	private MockHttpServletRequestBuilder postJson(String path, String pathVariable, String body) {
		return post(path, pathVariable).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
