package cn.shegong.procurement.registry.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static cn.shegong.procurement.registry.RegistryFixtures.HAINING;
import static cn.shegong.procurement.registry.RegistryFixtures.HANGZHOU;
import static cn.shegong.procurement.registry.RegistryFixtures.admin;
import static cn.shegong.procurement.registry.RegistryFixtures.supervisor;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class AgencyChangesIT {

	@Autowired
	MockMvc mvc;

	AgencyApi api;

	@BeforeEach
	void driveTheApi() {
		this.api = new AgencyApi(this.mvc);
	}

	@Test
	void anOfficerRecordsTheOrganisationGradeAndTheVersionMovesOn() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.grade(Tokens.officer(HAINING), id, "5a", 0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade.grade").value("5A"))
			.andExpect(jsonPath("$.grade.assessedOn").value("2024-06-01"))
			.andExpect(jsonPath("$.grade.validUntil").value("2029-05-31"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.grade.grade").value("5A"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void anOfficerPutsAnAgencyOnTheDishonestyListWithAReason() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.creditStatus(Tokens.officer(HAINING), id, "DISHONEST", 0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.creditStatus").value("DISHONEST"))
			.andExpect(jsonPath("$.creditStatusReason").value("信用中国 notice 2025-17"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void twoChangesFromTheSameReadLeaveTheSecondStale() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.grade(Tokens.officer(HAINING), id, "4A", 0).andExpect(status().isOk());
		this.api.creditStatus(Tokens.officer(HAINING), id, "WARNED", 0)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.creditStatus").value("GOOD"))
			.andExpect(jsonPath("$.grade.grade").value("4A"));
	}

	@Test
	void theSameGradeChangeSentTwiceWithOneVersionIsRefusedTheSecondTime() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.grade(Tokens.officer(HAINING), id, "3A", 0).andExpect(status().isOk());
		this.api.grade(Tokens.officer(HAINING), id, "3A", 0)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
	}

	@Test
	void anAdminChangesAnAgencyAnywhere() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.creditStatus(admin(), id, "WARNED", 0).andExpect(status().isOk());
	}

	@Test
	void anOfficerOfAnotherRegionMayNotChangeTheAgency() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.grade(Tokens.officer(HANGZHOU), id, "5A", 0)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.rule").value("agency-outside-region"));
	}

	@Test
	void supervisorsAndAgenciesMayNotChangeTheRegistry() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.grade(supervisor(HAINING), id, "5A", 0).andExpect(status().isForbidden());
		this.api.grade(Tokens.agencyStaff(id), id, "5A", 0).andExpect(status().isForbidden());
		this.api.creditStatus(Tokens.agencyStaff(id), id, "GOOD", 0).andExpect(status().isForbidden());
	}

	@Test
	void aChangeWithoutAVersionIsAnInvalidRequest() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc
			.perform(put("/api/procurement/agencies/{id}/credit-status", id).with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"WARNED\",\"reason\":\"notice\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void aCreditStatusChangeWithoutAReasonIsAnInvalidRequest() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc
			.perform(put("/api/procurement/agencies/{id}/credit-status", id).with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"WARNED\",\"reason\":\" \",\"version\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void aGradeOutsideOneToFiveAIsRefusedByTheGradeRule() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.grade(Tokens.officer(HAINING), id, "6A", 0)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("unknown-organisation-grade"));
	}

	@Test
	void aGradeThatExpiresBeforeItWasGivenIsRefused() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc.perform(put("/api/procurement/agencies/{id}/grade", id).with(Tokens.officer(HAINING))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"5A\",\"assessedOn\":\"2024-06-01\",\"validUntil\":\"2024-05-31\",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("grade-expires-before-assessment"));
	}

	@Test
	void changingAnUnknownAgencyIsNotFound() throws Exception {
		this.api.grade(Tokens.officer(HAINING), "agency-nobody", "5A", 0)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("agency-not-found"));
	}

}
