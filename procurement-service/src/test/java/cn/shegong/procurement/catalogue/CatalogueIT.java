package cn.shegong.procurement.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.catalogue.model.CatalogueCode;
import cn.shegong.procurement.catalogue.persistence.CatalogueStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class CatalogueIT {

	static final List<String> STARTER_CODES = List.of("C09", "C0901", "C090101", "C090102", "C090103", "C090104");

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueStore catalogue;

	@Test
	void theStarterCatalogueIsLoadedAtStartUpInCodeOrderWithLevels() throws Exception {
		this.mvc.perform(get("/api/procurement/catalogue").with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("C09"))
			.andExpect(jsonPath("$[0].level").value(1))
			.andExpect(jsonPath("$[?(@.code == 'C090101')].name").value("社区社会工作服务（社工站）"))
			.andExpect(jsonPath("$[?(@.code == 'C090101')].level").value(3))
			.andExpect(jsonPath("$[?(@.code == 'C090101')].parentCode").value("C0901"));
		List<String> codes = this.catalogue.all().stream().map((item) -> item.code().value()).toList();
		assertThat(codes).isSorted().containsAll(STARTER_CODES);
	}

	@Test
	void thePublicReadsTheCatalogueWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/api/procurement/public/catalogue"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("C090104")));
	}

	@Test
	void theSignedInCatalogueNeedsAToken() throws Exception {
		this.mvc.perform(get("/api/procurement/catalogue")).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdminAddsAnItemBelowAnExistingParent() throws Exception {
		this.mvc
			.perform(
					asAdmin(post("/api/procurement/catalogue")).content(json("C090105", "社区矫正社会工作服务", "社区矫正对象的社会工作服务")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("C090105"))
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.parentCode").value("C0901"));
		this.mvc.perform(get("/api/procurement/public/catalogue"))
			.andExpect(jsonPath("$[?(@.code == 'C090105')].description").value("社区矫正对象的社会工作服务"));
	}

	@Test
	void anItemWhoseParentIsMissingIsRefused() throws Exception {
		this.mvc.perform(asAdmin(post("/api/procurement/catalogue")).content(json("C080101", "无上级的条目", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("catalogue-parent-missing"));
		this.mvc.perform(get("/api/procurement/public/catalogue"))
			.andExpect(jsonPath("$[*].code", not(hasItem("C080101"))));
	}

	@Test
	void aCodeThatIsAlreadyInTheCatalogueIsAConflict() throws Exception {
		this.mvc.perform(asAdmin(post("/api/procurement/catalogue")).content(json("C0901", "重复的条目", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("already-exists"));
		assertThat(this.catalogue.find(CatalogueCode.of("C0901")))
			.hasValueSatisfying((item) -> assertThat(item.name()).isEqualTo("社会工作服务"));
	}

	@Test
	void aCodeOfTheWrongShapeIsRefusedByTheCatalogueRules() throws Exception {
		this.mvc.perform(asAdmin(post("/api/procurement/catalogue")).content(json("C9", "形状不对", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("invalid-catalogue-code"));
	}

	@Test
	void anItemWithoutANameIsAnInvalidRequest() throws Exception {
		this.mvc.perform(asAdmin(post("/api/procurement/catalogue")).content(json("C090106", " ", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void onlyAnAdminAddsToTheCatalogue() throws Exception {
		this.mvc
			.perform(post("/api/procurement/catalogue").with(Tokens.officer("330481"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("C090107", "官员新增", null)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("forbidden"));
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(Tokens.as("admin", "admin", Map.of())).contentType(MediaType.APPLICATION_JSON);
	}

	private static String json(String code, String name, String description) {
		return """
				{"code": "%s", "name": "%s", "description": %s}
				""".formatted(code, name, (description != null) ? "\"" + description + "\"" : "null");
	}

}
