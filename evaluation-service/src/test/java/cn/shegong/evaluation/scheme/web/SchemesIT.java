package cn.shegong.evaluation.scheme.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shipped schemes are there at start-up for every signed-in role to read; an admin
 * publishes new versions from JSON, which the domain checks rule by rule, and an earlier
 * version never changes.
 */
@ServiceIntegrationTest
class SchemesIT {

	private static final JwtRequestPostProcessor ADMIN = Tokens.as("admin", "admin", Map.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void everySignedInRoleListsTheShippedSchemesWithTheirVersions() throws Exception {
		for (JwtRequestPostProcessor reader : List.of(Tokens.agencyStaff("agency-maqiao"), Tokens.officer("330481"),
				Tokens.evaluator("eval-zhiping"), ADMIN)) {
			this.mvc.perform(get("/api/evaluation/schemes").with(reader))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].schemeId", hasItems("township-station", "zhanjiang-style")))
				.andExpect(jsonPath("$[?(@.schemeId == 'township-station')].versions[0].version").value(1));
		}
		this.mvc.perform(get("/api/evaluation/schemes")).andExpect(status().isUnauthorized());
	}

	@Test
	void versionOneOfTheTownshipStationShowsItsWholeTreeAndSettings() throws Exception {
		this.mvc.perform(get("/api/evaluation/schemes/township-station/versions/1").with(Tokens.officer("330481")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("乡镇（街道）社工站项目评估指标体系"))
			.andExpect(jsonPath("$.settings.bands.excellentFrom").value(90))
			.andExpect(jsonPath("$.settings.rounding.mode").value("HALF_UP"))
			.andExpect(jsonPath("$.settings.composite.weights.THIRD_PARTY").value(70))
			.andExpect(jsonPath("$.settings.split.qualitativeBasisPoints").value(2500))
			.andExpect(jsonPath("$.settings.spreadLimitBasisPoints").value(1500))
			.andExpect(jsonPath("$.settings.financeVeto").value(true))
			.andExpect(jsonPath("$.indicators[0].code").value("1"))
			.andExpect(jsonPath("$.indicators[0].children[0].children[1].code").value("1.1.2"))
			.andExpect(jsonPath("$.indicators[0].children[0].children[1].type").value("STRUCTURAL"))
			.andExpect(jsonPath("$.indicators[0].children[0].children[1].nature").value("QUANTITATIVE"))
			.andExpect(jsonPath("$.indicators[0].children[0].children[1].scorer").value("THIRD_PARTY"))
			.andExpect(jsonPath("$.indicators[0].children[0].children[1].automatic.source").value("CERTIFIED_RATIO"))
			.andExpect(jsonPath("$.indicators[0].children[0].children[1].automatic.targetPercent").value(66.66));
		this.mvc.perform(get("/api/evaluation/schemes/zhanjiang-style/versions/1").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settings.rounding.mode").value("DOWN"));
	}

	@Test
	void anAdminPublishesTheNextVersionAndTheEarlierOneStaysAsItWas() throws Exception {
		String schemeId = "city-" + UUID.randomUUID();
		Map<String, Object> body = townshipAsBody();

		this.mvc.perform(publish(schemeId, body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		String versionOne = read(schemeId, 1);
		settings(body).put("bands", Map.of("excellentFrom", 85, "goodFrom", 75, "passFrom", 60));
		body.put("name", "第二版");
		this.mvc.perform(publish(schemeId, body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.settings.bands.excellentFrom").value(85));

		assertThat(read(schemeId, 1)).isEqualTo(versionOne);
		this.mvc.perform(get("/api/evaluation/schemes/{id}/versions/1", schemeId).with(ADMIN))
			.andExpect(jsonPath("$.settings.bands.excellentFrom").value(90));
		this.mvc.perform(get("/api/evaluation/schemes").with(ADMIN))
			.andExpect(jsonPath("$[?(@.schemeId == '" + schemeId + "')].latestVersion").value(2))
			.andExpect(jsonPath("$[?(@.schemeId == '" + schemeId + "')].versions[1].name").value("第二版"));
	}

	@Test
	void publishingAnEditOfAVersionNoLongerLatestIsAConflict() throws Exception {
		String schemeId = "city-" + UUID.randomUUID();
		Map<String, Object> body = townshipAsBody();
		body.put("editedFromVersion", 0);
		this.mvc.perform(publish(schemeId, body)).andExpect(status().isCreated());
		body.put("editedFromVersion", 1);
		this.mvc.perform(publish(schemeId, body)).andExpect(status().isCreated());

		body.put("name", "基于第一版的另一修改");
		this.mvc.perform(publish(schemeId, body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get("/api/evaluation/schemes/{id}/versions/3", schemeId).with(ADMIN))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAnAdminPublishes() throws Exception {
		String schemeId = "city-" + UUID.randomUUID();
		for (JwtRequestPostProcessor other : List.of(Tokens.officer("330481"), Tokens.evaluator("eval-zhiping"),
				Tokens.agencyStaff("agency-maqiao"),
				Tokens.as("supervisor", "supervisor", Map.of("region", "330481")))) {
			this.mvc.perform(publish(schemeId, townshipAsBody()).with(other))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.rule").value("forbidden"));
		}
		this.mvc.perform(get("/api/evaluation/schemes/{id}/versions/1", schemeId).with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("scheme-not-found"));
	}

	@Test
	void weightsThatDoNotSumAreRefusedNamingTheRuleAndTheNumbers() throws Exception {
		String schemeId = "city-" + UUID.randomUUID();
		Map<String, Object> body = townshipAsBody();
		indicators(body).get(0).put("weight", 30);

		this.mvc.perform(publish(schemeId, body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("indicator-weights-do-not-sum"))
			.andExpect(jsonPath("$.detail", containsString("105")))
			.andExpect(jsonPath("$.detail", containsString("100")));
		this.mvc.perform(get("/api/evaluation/schemes/{id}/versions/1", schemeId).with(ADMIN))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyDomainRefusalComesBackAs422WithItsRule() throws Exception {
		Map<String, Object> split = townshipAsBody();
		settings(split).put("split", Map.of("qualitativeBasisPoints", 3000, "toleranceBasisPoints", 0));
		Map<String, Object> rounding = townshipAsBody();
		settings(rounding).put("rounding", Map.of("scale", 2, "mode", "UNNECESSARY"));
		Map<String, Object> composite = townshipAsBody();
		settings(composite).put("composite",
				Map.of("weights", Map.of("THIRD_PARTY", 70, "BUYER", 20, "SERVICE_USERS", 20), "outOf", 100));
		Map<String, Object> leafless = townshipAsBody();
		firstLeaf(leafless).remove("scorer");

		expectRefusal(split, "qualitative-split-mismatch");
		expectRefusal(rounding, "invalid-score-rounding");
		expectRefusal(composite, "composite-weights-do-not-sum");
		expectRefusal(leafless, "leaf-indicator-incomplete");
		this.mvc.perform(publish("City Scheme", townshipAsBody()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("scheme-id-not-a-slug"));
	}

	@Test
	void aBodyMissingItsSettingsIsA400() throws Exception {
		Map<String, Object> body = townshipAsBody();
		body.remove("settings");

		this.mvc.perform(publish("city-" + UUID.randomUUID(), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("settings"));
	}

	@Test
	void anUnpublishedVersionIsNotFound() throws Exception {
		this.mvc.perform(get("/api/evaluation/schemes/township-station/versions/99").with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("scheme-version-not-found"));
	}

	private void expectRefusal(Map<String, Object> body, String rule) throws Exception {
		this.mvc.perform(publish("city-" + UUID.randomUUID(), body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value(rule));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder publish(String schemeId,
			Map<String, Object> body) {
		return post("/api/evaluation/schemes/{id}/versions", schemeId).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	private String read(String schemeId, int version) throws Exception {
		return this.mvc.perform(get("/api/evaluation/schemes/{id}/versions/{v}", schemeId, version).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** What GET shows of the township scheme, as a body to publish. */
	private Map<String, Object> townshipAsBody() throws Exception {
		Map<String, Object> shown = this.json.readValue(read("township-station", 1), new TypeReference<>() {
		});
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", shown.get("name"));
		body.put("settings", shown.get("settings"));
		body.put("indicators", shown.get("indicators"));
		return body;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> settings(Map<String, Object> body) {
		return (Map<String, Object>) body.get("settings");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> indicators(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("indicators");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstLeaf(Map<String, Object> body) {
		Map<String, Object> node = indicators(body).get(0);
		while (node.get("children") != null) {
			node = ((List<Map<String, Object>>) node.get("children")).get(0);
		}
		return node;
	}

}
