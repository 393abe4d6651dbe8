package cn.shegong.procurement.project.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.STATION_PROJECT;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a buyer states about a project beyond its budget: staffing requirement, targets,
 * payment schedule, and how the city and the town share its cost.
 */
@ServiceIntegrationTest
class ProjectTermsIT {

	@Autowired
	MockMvc mvc;

	@Test
	void aProjectLeftToItsDefaultsCarriesAStationsStaffingTargetsAndTheThirtyThirtyFortySchedule() throws Exception {
		JsonNode project = body(draft(STATION_PROJECT.replace("buyer-330481-maqiao", "buyer-defaults"))
			.andExpect(status().isCreated()));

		assertThat(project.at("/staffingRequirement/minimumFullTimeStaff").asInt()).isEqualTo(6);
		assertThat(project.at("/staffingRequirement/minimumCertified").asInt()).isEqualTo(4);
		assertThat(project.at("/staffingRequirement/minimumCertifiedRatio").asString()).isEqualTo("2/3");
		assertThat(project.at("/targets/communityHoursShareBp").asInt()).isEqualTo(6000);
		assertThat(project.at("/paymentSchedule").findValuesAsString("trigger")).containsExactly("ON_SIGNING",
				"AFTER_MIDTERM_GRADE", "AFTER_FINAL_GRADE");
		assertThat(project.at("/funding/citySubsidyYuan").asString()).isEqualTo("192000.00");
		assertThat(project.at("/funding/townShareYuan").asString()).isEqualTo("288000.00");
	}

	@Test
	void aBuyerStatesItsOwnStaffingRequirementTargetsAndSchedule() throws Exception {
		String own = STATION_PROJECT.replace("buyer-330481-maqiao", "buyer-own-terms")
			.replace("\"catalogueCode\":\"C090101\"", """
					"catalogueCode":"C090101",
					"staffingRequirement":{"minimumFullTimeStaff":8,"minimumCertified":3,"certifiedRatioNumerator":1,
					                       "certifiedRatioDenominator":2,"workersPerSupervisor":20},
					"targets":{"satisfactionBp":9000,"resourcesLinked":8},
					"paymentSchedule":[{"name":"签约款","shareBasisPoints":5000,"trigger":"ON_SIGNING"},
					                   {"name":"尾款","shareBasisPoints":5000,"trigger":"AFTER_FINAL_GRADE"}]""");

		JsonNode project = body(draft(own).andExpect(status().isCreated()));

		assertThat(project.at("/staffingRequirement/minimumFullTimeStaff").asInt()).isEqualTo(8);
		assertThat(project.at("/staffingRequirement/minimumCertifiedRatio").asString()).isEqualTo("1/2");
		assertThat(project.at("/staffingRequirement/workersPerSupervisor").asInt()).isEqualTo(20);
		assertThat(project.at("/targets/satisfactionBp").asInt()).isEqualTo(9000);
		assertThat(project.at("/targets/resourcesLinked").asInt()).isEqualTo(8);
		assertThat(project.at("/targets/awarenessBp").asInt()).as("left to its default").isEqualTo(8000);
		assertThat(project.at("/paymentSchedule").findValuesAsString("shareBasisPoints")).containsExactly("5000",
				"5000");
	}

	@Test
	void trancheSharesThatDoNotMakeAHundredPercentAreRefusedByName() throws Exception {
		String ninety = STATION_PROJECT.replace("\"catalogueCode\":\"C090101\"", """
				"catalogueCode":"C090101",
				"paymentSchedule":[{"name":"签约款","shareBasisPoints":3000,"trigger":"ON_SIGNING"},
				                   {"name":"尾款","shareBasisPoints":6000,"trigger":"AFTER_FINAL_GRADE"}]""");

		draft(ninety).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("tranche-shares-do-not-sum-to-100"));
	}

	@Test
	void aCertifiedRatioAboveOneOrATrancheWithoutTriggerIsTheCallersMistake() throws Exception {
		String ratio = STATION_PROJECT.replace("\"catalogueCode\":\"C090101\"", """
				"catalogueCode":"C090101",
				"staffingRequirement":{"minimumFullTimeStaff":6,"minimumCertified":4,"certifiedRatioNumerator":3,
				                       "certifiedRatioDenominator":2,"workersPerSupervisor":6}""");
		String trigger = STATION_PROJECT.replace("\"catalogueCode\":\"C090101\"", """
				"catalogueCode":"C090101","paymentSchedule":[{"name":"全款","shareBasisPoints":10000}]""");

		draft(ratio).andExpect(status().isBadRequest());
		draft(trigger).andExpect(status().isBadRequest());
	}

	@Test
	void theCitySubsidyOfATownIsCappedAcrossItsProjectsOfTheYearEarliestStartFirst() throws Exception {
		String town = STATION_PROJECT.replace("buyer-330481-maqiao", "buyer-capped-town");
		JsonNode first = body(draft(town).andExpect(status().isCreated()));
		JsonNode second = body(draft(town.replace("2027-01-01", "2027-03-01").replace("2027-12-31", "2028-02-28"))
			.andExpect(status().isCreated()));

		assertThat(first.at("/funding/citySubsidyYuan").asString()).isEqualTo("192000.00");
		assertThat(second.at("/funding/citySubsidyYuan").asString()).isEqualTo("108000.00");
		assertThat(second.at("/funding/townShareYuan").asString()).isEqualTo("372000.00");
		assertThat(second.at("/funding/townCapReached").asBoolean()).isTrue();
	}

	private ResultActions draft(String body) throws Exception {
		return this.mvc.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
