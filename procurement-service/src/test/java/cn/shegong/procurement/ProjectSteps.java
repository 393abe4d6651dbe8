package cn.shegong.procurement;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.security.KeycloakClaims;
import cn.shegong.platform.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The steps that bring a procurement test to its starting point through the real
 * endpoints: a Maqiao station project, drafted, budget approved and published by a
 * Haining officer.
 */
public final class ProjectSteps {

	public static final String STATION_PROJECT = """
			{"buyerId":"buyer-330481-maqiao","title":"马桥街道社会工作服务站运营项目","projectType":"CORE",
			 "serviceArea":"马桥街道","targetGroups":["ELDERLY"],
			 "budgetLines":[{"category":"PERSONNEL","amountYuan":"330000.00"},
			                {"category":"ACTIVITIES","amountYuan":"120000"},
			                {"category":"MANAGEMENT","amountYuan":"30000"}],
			 "termFrom":"2027-01-01","termTo":"2027-12-31","catalogueCode":"C090101"}""";

	public static final RequestPostProcessor HAINING_OFFICER = Tokens.as("officer.haining", "procurement-officer",
			Map.of(KeycloakClaims.REGION, "330481"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	public ProjectSteps(MockMvc mvc) {
		this.mvc = mvc;
	}

	public String publishedProject() throws Exception {
		JsonNode draft = body(this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(STATION_PROJECT))
			.andExpect(status().isCreated()));
		String id = draft.get("id").asString();
		JsonNode approved = projectChange(id, "budget-approval", draft.get("version").asLong());
		projectChange(id, "publication", approved.get("version").asLong());
		return id;
	}

	public JsonNode projectChange(String id, String action, long version) throws Exception {
		return body(this.mvc
			.perform(post("/api/procurement/projects/" + id + "/" + action).with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + "}"))
			.andExpect(status().isOk()));
	}

	public static JsonNode body(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
