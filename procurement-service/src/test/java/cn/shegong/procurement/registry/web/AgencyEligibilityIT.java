package cn.shegong.procurement.registry.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.registry.persistence.StoredAgency;

import static cn.shegong.procurement.registry.RegistryFixtures.HAINING;
import static cn.shegong.procurement.registry.RegistryFixtures.supervisor;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class AgencyEligibilityIT {

	static final LocalDate FINAL_FAIL_ON = LocalDate.of(2025, 3, 15);

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyRepository agencies;

	AgencyApi api;

	@BeforeEach
	void driveTheApi() {
		this.api = new AgencyApi(this.mvc);
	}

	@Test
	void aRegisteredAgencyInGoodStandingIsEligibleAsRegistered() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", id).param("on", "2025-06-01")
				.with(Tokens.officer(HAINING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.outcome").value("ELIGIBLE_AS_REGISTERED"))
			.andExpect(jsonPath("$.on").value("2025-06-01"))
			.andExpect(jsonPath("$.rule").doesNotExist());
	}

	@Test
	void anAgencyTheRegistryDoesNotKnowIsEligibleWithoutRegistration() throws Exception {
		this.mvc.perform(get("/api/procurement/agencies/agency-unregistered/eligibility").with(Tokens.officer(HAINING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.outcome").value("ELIGIBLE_WITHOUT_REGISTRATION"));
	}

	@Test
	void aBannedAgencyIsAnsweredWithTheBanRuleAndMayBidAgainWhenTheBanLapses() throws Exception {
		String id = bannedAfterFinalFail();
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", id).param("on", "2026-03-14")
				.with(Tokens.officer(HAINING)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.rule").value("agency-banned"))
			.andExpect(jsonPath("$.detail").value(containsString("2026-03-15")))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", id).param("on", "2026-03-15")
				.with(Tokens.officer(HAINING)))
			.andExpect(jsonPath("$.eligible").value(true));
	}

	@Test
	void anAgencyOnTheDishonestyListIsAnsweredWithThatRule() throws Exception {
		String id = this.api.registered(HAINING);
		this.api.creditStatus(Tokens.officer(HAINING), id, "DISHONEST", 0);
		this.mvc.perform(get("/api/procurement/agencies/{id}/eligibility", id).with(Tokens.agencyStaff(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.rule").value("agency-on-dishonesty-list"));
	}

	@Test
	void aStoredBanIsReadBackAndItsActivityIsWorkedOutOnTheDayOfReading() throws Exception {
		String id = this.api.registered(HAINING);
		StoredAgency stored = this.agencies.findById(id).orElseThrow();
		LocalDate today = LocalDate.now();
		stored.agency().ban(new BanPeriod(today.minusDays(10), today.plusDays(10), BanPolicy.FINAL_GRADE_FAIL, "EV-T"));
		this.agencies.save(stored, List.of());

		this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(Tokens.agencyStaff(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bannedToday").value(true))
			.andExpect(jsonPath("$.bannedUntil").value(today.plusDays(10).toString()))
			.andExpect(jsonPath("$.bans[0].sourceEvaluationId").value("EV-T"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void agencyStaffAskingAboutAnotherAgencyAreToldItIsNotFound() throws Exception {
		String someoneElse = this.api.registered(HAINING);
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", someoneElse)
				.with(Tokens.agencyStaff("agency-mine")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("agency-not-found"));
	}

	@Test
	void onlyOfficersAndAgencyStaffAskAndAnonymousCallersMustSignIn() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc.perform(get("/api/procurement/agencies/{id}/eligibility", id).with(supervisor(HAINING)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/procurement/agencies/{id}/eligibility", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void aDayThatIsNotADateIsABadRequest() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc
			.perform(get("/api/procurement/agencies/{id}/eligibility", id).param("on", "15/03/2026")
				.with(Tokens.officer(HAINING)))
			.andExpect(status().isBadRequest());
	}

	private String bannedAfterFinalFail() throws Exception {
		String id = this.api.registered(HAINING);
		StoredAgency stored = this.agencies.findById(id).orElseThrow();
		stored.agency().ban(BanPolicy.defaults().banFor(FINAL_FAIL_ON, "EV-1"));
		this.agencies.save(stored, List.of());
		return id;
	}

}
