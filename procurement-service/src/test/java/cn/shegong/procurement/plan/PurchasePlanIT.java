package cn.shegong.procurement.plan;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans of Haining (330481) and Tongxiang (330483), two counties of Jiaxing (330400).
 * Each test uses its own buyers, since the tests share one store.
 */
@ServiceIntegrationTest
class PurchasePlanIT {

	static final String HAINING = "330481";

	static final String TONGXIANG = "330483";

	static final String JIAXING = "330400";

	@Autowired
	MockMvc mvc;

	@Test
	void anOfficerOpensAPlanOfTheirRegionWithMoneyAsYuanAndFen() throws Exception {
		openPlan(Tokens.officer(HAINING), "buyer-haining-mca", 2026, "480000.5").andExpect(status().isCreated())
			.andExpect(jsonPath("$.buyerId").value("buyer-haining-mca"))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.regionCode").value(HAINING))
			.andExpect(jsonPath("$.budgetYuan").value("480000.50"))
			.andExpect(jsonPath("$.budgetFen").value(48000050L))
			.andExpect(jsonPath("$.remainingYuan").value("480000.50"))
			.andExpect(jsonPath("$.allocations").isEmpty())
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void aBuyerHasOnePlanAYear() throws Exception {
		openPlan(Tokens.officer(HAINING), "buyer-haining-once", 2026, "100000").andExpect(status().isCreated());
		openPlan(Tokens.officer(HAINING), "buyer-haining-once", 2026, "200000").andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("already-exists"));
		openPlan(Tokens.officer(HAINING), "buyer-haining-once", 2027, "200000").andExpect(status().isCreated());
	}

	@Test
	void aBudgetWithMoreThanTwoDecimalsIsAnInvalidRequest() throws Exception {
		openPlan(Tokens.officer(HAINING), "buyer-haining-fraction", 2026, "1.005").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("budgetYuan"));
	}

	@Test
	void aBudgetGivenAsAJsonNumberIsNotAcceptedAsAFloat() throws Exception {
		this.mvc
			.perform(post("/api/procurement/plans").with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"buyerId\": \"buyer-haining-float\", \"year\": 2026, \"budgetYuan\": 1e5}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPlanWithoutBudgetIsRefusedByThePlanRules() throws Exception {
		openPlan(Tokens.officer(HAINING), "buyer-haining-zero", 2026, "0").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("plan-budget-not-positive"));
	}

	@Test
	void onlyAnOfficerOpensAPlan() throws Exception {
		openPlan(supervisor(JIAXING), "buyer-jiaxing-supervised", 2026, "100000").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("forbidden"));
	}

	@Test
	void anOfficerWithoutARegionCannotOpenAPlan() throws Exception {
		openPlan(Tokens.as("officer-nowhere", "procurement-officer", Map.of()), "buyer-nowhere", 2026, "100000")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("caller-without-region"));
	}

	@Test
	void anOfficerSeesOnlyThePlansOfTheirOwnRegion() throws Exception {
		openPlan(Tokens.officer(HAINING), "buyer-haining-list", 2030, "300000").andExpect(status().isCreated());
		openPlan(Tokens.officer(TONGXIANG), "buyer-tongxiang-list", 2030, "300000").andExpect(status().isCreated());

		this.mvc.perform(get("/api/procurement/plans").param("year", "2030").with(Tokens.officer(TONGXIANG)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].buyerId", hasItem("buyer-tongxiang-list")))
			.andExpect(jsonPath("$[*].buyerId", not(hasItem("buyer-haining-list"))));
	}

	@Test
	void aSupervisorSeesThePlansOfTheCountiesInTheirRegionAndAnAdminSeesAll() throws Exception {
		openPlan(Tokens.officer(HAINING), "buyer-haining-supervised", 2031, "300000").andExpect(status().isCreated());
		openPlan(Tokens.officer(TONGXIANG), "buyer-tongxiang-supervised", 2031, "300000")
			.andExpect(status().isCreated());
		openPlan(Tokens.officer("330102"), "buyer-hangzhou-supervised", 2031, "300000").andExpect(status().isCreated());

		this.mvc.perform(get("/api/procurement/plans").param("year", "2031").with(supervisor(JIAXING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].buyerId", hasItem("buyer-haining-supervised")))
			.andExpect(jsonPath("$[*].buyerId", hasItem("buyer-tongxiang-supervised")));
		this.mvc.perform(get("/api/procurement/plans").param("year", "2031").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void anAgencyCannotReadPlans() throws Exception {
		this.mvc.perform(get("/api/procurement/plans").with(Tokens.agencyStaff("agency-maqiao")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPlanOfAnotherRegionIsNotFoundForReadingOrAllocating() throws Exception {
		String planId = idOf(openPlan(Tokens.officer(HAINING), "buyer-haining-hidden", 2026, "300000"));

		this.mvc.perform(get("/api/procurement/plans/" + planId).with(Tokens.officer(TONGXIANG)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("plan-not-found"));
		allocate(Tokens.officer(TONGXIANG), planId, "project-tongxiang-station", "1000", 0)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("plan-not-found"));
		this.mvc.perform(get("/api/procurement/plans/" + planId).with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.allocations").isEmpty());
	}

	@Test
	void anOfficerAllocatesPartOfThePlanToAProjectAndSeesWhatRemains() throws Exception {
		String planId = idOf(openPlan(Tokens.officer(HAINING), "buyer-haining-allocating", 2026, "500000"));

		allocate(Tokens.officer(HAINING), planId, "project-maqiao-station", "300000.25", 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.allocations[0].projectId").value("project-maqiao-station"))
			.andExpect(jsonPath("$.allocations[0].amountYuan").value("300000.25"))
			.andExpect(jsonPath("$.allocations[0].amountFen").value(30000025L))
			.andExpect(jsonPath("$.allocatedFen").value(30000025L))
			.andExpect(jsonPath("$.remainingYuan").value("199999.75"))
			.andExpect(jsonPath("$.remainingFen").value(19999975L))
			.andExpect(jsonPath("$.version").value(1));
		allocate(Tokens.officer(HAINING), planId, "project-maqiao-station", "250000", 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.remainingYuan").value("250000.00"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void anAllocationBeyondWhatThePlanHoldsIsRefused() throws Exception {
		String planId = idOf(openPlan(Tokens.officer(HAINING), "buyer-haining-overdrawn", 2026, "500000"));
		allocate(Tokens.officer(HAINING), planId, "project-station", "400000", 0).andExpect(status().isOk());

		allocate(Tokens.officer(HAINING), planId, "project-elderly", "100000.01", 1)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("plan-budget-exceeded"));
		this.mvc.perform(get("/api/procurement/plans/" + planId).with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.remainingYuan").value("100000.00"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void anAllocationMadeOnAStaleReadOfThePlanIsAConflict() throws Exception {
		String planId = idOf(openPlan(Tokens.officer(HAINING), "buyer-haining-stale", 2026, "500000"));
		allocate(Tokens.officer(HAINING), planId, "project-station", "300000", 0).andExpect(status().isOk());

		allocate(Tokens.officer(HAINING), planId, "project-elderly", "150000", 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get("/api/procurement/plans/" + planId).with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.allocations.length()").value(1))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void anAllocationWithMoreThanTwoDecimalsOrWithoutVersionIsAnInvalidRequest() throws Exception {
		String planId = idOf(openPlan(Tokens.officer(HAINING), "buyer-haining-invalid", 2026, "500000"));

		allocate(Tokens.officer(HAINING), planId, "project-station", "1.005", 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amountYuan"));
		this.mvc
			.perform(put("/api/procurement/plans/" + planId + "/allocations/project-station")
				.with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amountYuan\": \"1000\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void aSupervisorReadsButDoesNotAllocate() throws Exception {
		String planId = idOf(openPlan(Tokens.officer(HAINING), "buyer-haining-watched", 2026, "500000"));

		this.mvc.perform(get("/api/procurement/plans/" + planId).with(supervisor(JIAXING))).andExpect(status().isOk());
		allocate(supervisor(JIAXING), planId, "project-station", "1000", 0).andExpect(status().isForbidden());
	}

	private ResultActions openPlan(RequestPostProcessor caller, String buyerId, int year, String budgetYuan)
			throws Exception {
		return this.mvc
			.perform(post("/api/procurement/plans").with(caller).contentType(MediaType.APPLICATION_JSON).content("""
					{"buyerId": "%s", "year": %d, "budgetYuan": "%s"}
					""".formatted(buyerId, year, budgetYuan)));
	}

	private ResultActions allocate(RequestPostProcessor caller, String planId, String projectId, String amountYuan,
			long version) throws Exception {
		return this.mvc.perform(put("/api/procurement/plans/" + planId + "/allocations/" + projectId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"amountYuan": "%s", "version": %d}
					""".formatted(amountYuan, version)));
	}

	private static String idOf(ResultActions created) throws Exception {
		return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private static RequestPostProcessor supervisor(String region) {
		return Tokens.as("supervisor-" + region, "supervisor", Map.of("region", region));
	}

	private static RequestPostProcessor admin() {
		return Tokens.as("admin", "admin", Map.of());
	}

}
