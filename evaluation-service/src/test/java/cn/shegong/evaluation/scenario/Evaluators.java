package cn.shegong.evaluation.scenario;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fresh evaluators registered by the admin, each in an organisation of their own
 * ({@code org-<id>}), and their tokens.
 */
public final class Evaluators {

	public static final RequestPostProcessor ADMIN = Tokens.as("admin", "admin", Map.of());

	private Evaluators() {
	}

	/** A fresh evaluator with no employments. */
	public static String register(MockMvc mvc) throws Exception {
		return register(mvc, List.of());
	}

	/**
	 * A fresh evaluator with the given employments (agencyId, from, until).
	 */
	public static String register(MockMvc mvc, List<Map<String, String>> employments) throws Exception {
		String id = "eva-" + UUID.randomUUID();
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("evaluatorId", id, "name", "评估员", "evaluatorOrgId", "org-" + id, "employments",
					employments));
		mvc.perform(
				post("/api/evaluation/evaluators").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful());
		return id;
	}

	public static RequestPostProcessor token(String evaluatorId) {
		return Tokens.as(evaluatorId, "evaluator", Map.of(KeycloakClaims.EVALUATOR_ORG_ID, "org-" + evaluatorId));
	}

}
