package cn.shegong.procurement.registry.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static cn.shegong.procurement.registry.RegistryFixtures.admin;
import static cn.shegong.procurement.registry.RegistryFixtures.supervisor;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class BuyerRegistryIT {

	@Autowired
	MockMvc mvc;

	@Test
	void anAdminRecordsACityWithADistrictBeneathIt() throws Exception {
		String city = unique("B-JX");
		register(city, "CITY", "330400", null).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/procurement/buyers/" + city))
			.andExpect(jsonPath("$.regionCode").value("330400"))
			.andExpect(jsonPath("$.parentBuyerId").doesNotExist());
		register(unique("B-HN"), "DISTRICT", "330481", city).andExpect(status().isCreated())
			.andExpect(jsonPath("$.parentBuyerId").value(city));
	}

	@Test
	void anOfficerSeesOnlyBuyersWithinTheirRegion() throws Exception {
		String haining = unique("B-HN");
		String hainingTown = unique("B-HN-TOWN");
		String hangzhou = unique("B-HZ");
		register(haining, "DISTRICT", "330481", null).andExpect(status().isCreated());
		register(hainingTown, "TOWN", "330481101", haining).andExpect(status().isCreated());
		register(hangzhou, "CITY", "330100", null).andExpect(status().isCreated());

		this.mvc.perform(get("/api/procurement/buyers").with(Tokens.officer("330481")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(haining)))
			.andExpect(jsonPath("$[*].id", hasItem(hainingTown)))
			.andExpect(jsonPath("$[*].id", not(hasItem(hangzhou))));
	}

	@Test
	void aSupervisorSeesTheirRegionAndAnAdminSeesEveryBuyer() throws Exception {
		String hangzhou = unique("B-HZ");
		register(hangzhou, "CITY", "330100", null).andExpect(status().isCreated());

		this.mvc.perform(get("/api/procurement/buyers").with(supervisor("330481")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(hangzhou))));
		this.mvc.perform(get("/api/procurement/buyers").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(hangzhou)));
	}

	@Test
	void onlyAnAdminRecordsBuyers() throws Exception {
		this.mvc
			.perform(post("/api/procurement/buyers").with(Tokens.officer("330481"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(unique("B"), "CITY", "330400", null)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("forbidden"));
	}

	@Test
	void anAgencyMayNotListBuyersAndAnAnonymousCallerMustSignIn() throws Exception {
		this.mvc.perform(get("/api/procurement/buyers").with(Tokens.agencyStaff("agency-x")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/procurement/buyers")).andExpect(status().isUnauthorized());
	}

	@Test
	void anOfficerWithoutARegionInTheirSignInIsRefused() throws Exception {
		this.mvc
			.perform(get("/api/procurement/buyers")
				.with(Tokens.as("officer", "procurement-officer", java.util.Map.of())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("caller-without-region"));
	}

	@Test
	void aBuyerWithoutNameOrLevelIsAnInvalidRequest() throws Exception {
		this.mvc
			.perform(post("/api/procurement/buyers").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"B-1\",\"regionCode\":\"330400\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"));
	}

	@Test
	void anInvalidRegionCodeIsRefusedByTheRegionRule() throws Exception {
		register(unique("B"), "CITY", "33040", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("invalid-region-code"));
	}

	@Test
	void aParentThatIsNotRecordedIsRefused() throws Exception {
		register(unique("B"), "TOWN", "330481101", "B-NOBODY").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("unknown-parent-buyer"));
	}

	@Test
	void theSameBuyerIdCannotBeRecordedTwice() throws Exception {
		String id = unique("B-JX");
		register(id, "CITY", "330400", null).andExpect(status().isCreated());
		register(id, "CITY", "330400", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("already-exists"));
	}

	private ResultActions register(String id, String level, String region, String parent) throws Exception {
		return this.mvc.perform(post("/api/procurement/buyers").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(id, level, region, parent)));
	}

	private static String body(String id, String level, String region, String parent) {
		String parentField = (parent != null) ? ",\"parentBuyerId\":\"%s\"".formatted(parent) : "";
		return "{\"id\":\"%s\",\"name\":\"民政局 %s\",\"level\":\"%s\",\"regionCode\":\"%s\"%s}".formatted(id, id, level,
				region, parentField);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
