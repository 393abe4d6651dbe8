package cn.shegong.procurement.registry.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;

import static cn.shegong.procurement.registry.RegistryFixtures.HAINING;
import static cn.shegong.procurement.registry.RegistryFixtures.admin;
import static cn.shegong.procurement.registry.RegistryFixtures.freshCreditCode;
import static cn.shegong.procurement.registry.RegistryFixtures.supervisor;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class AgencyRegistrationIT {

	@Autowired
	MockMvc mvc;

	AgencyApi api;

	@BeforeEach
	void driveTheApi() {
		this.api = new AgencyApi(this.mvc);
	}

	@Test
	void anOfficerRecordsAnAgencyInGoodStandingWithNoGradeAndNoBan() throws Exception {
		String code = freshCreditCode(HAINING);
		this.api.register(Tokens.officer(HAINING), "海宁市某社会工作服务中心", code.toLowerCase())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/procurement/agencies/agency-")))
			.andExpect(jsonPath("$.unifiedSocialCreditCode").value(code))
			.andExpect(jsonPath("$.creditStatus").value("GOOD"))
			.andExpect(jsonPath("$.grade").doesNotExist())
			.andExpect(jsonPath("$.bannedToday").value(false))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void anAdminMayRecordAnAgencyToo() throws Exception {
		this.api.register(admin(), "某社工机构", freshCreditCode(HAINING)).andExpect(status().isCreated());
	}

	@Test
	void aCreditCodeWithAWrongCheckCharacterIsRefused() throws Exception {
		String code = freshCreditCode(HAINING);
		String wrongCheck = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
		this.api.register(Tokens.officer(HAINING), "某社工机构", wrongCheck)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("invalid-credit-code"));
	}

	@Test
	void theSameCreditCodeCannotBeRecordedTwice() throws Exception {
		String code = freshCreditCode(HAINING);
		this.api.register(Tokens.officer(HAINING), "某社工机构", code).andExpect(status().isCreated());
		this.api.register(Tokens.officer(HAINING), "同一机构", code)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("already-exists"));
	}

	@Test
	void anAgencyIsRecordedUnderTheIdItSignsInWithOnceOnly() throws Exception {
		String signInId = "agency-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"name\":\"海宁市马桥社会工作服务中心\",\"unifiedSocialCreditCode\":\"%s\",\"agencyId\":\"%s\"}";

		this.mvc
			.perform(post("/api/procurement/agencies").with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(freshCreditCode(HAINING), signInId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(signInId));
		this.mvc
			.perform(post("/api/procurement/agencies").with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(freshCreditCode(HAINING), signInId)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("already-exists"));
		this.mvc
			.perform(post("/api/procurement/agencies").with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(freshCreditCode(HAINING), "Agency With Spaces")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agencyId"));
	}

	@Test
	void anAgencyWithoutACreditCodeIsAnInvalidRequest() throws Exception {
		this.mvc
			.perform(post("/api/procurement/agencies").with(Tokens.officer(HAINING))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"某社工机构\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.rule").value("invalid-request"))
			.andExpect(jsonPath("$.errors[0].field").value("unifiedSocialCreditCode"));
	}

	@Test
	void agencyStaffAndSupervisorsMayNotRecordAgenciesAndAnonymousCallersMustSignIn() throws Exception {
		this.api.register(Tokens.agencyStaff("agency-x"), "某社工机构", freshCreditCode(HAINING))
			.andExpect(status().isForbidden());
		this.api.register(supervisor(HAINING), "某社工机构", freshCreditCode(HAINING)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/procurement/agencies").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"x\",\"unifiedSocialCreditCode\":\"%s\"}".formatted(freshCreditCode(HAINING))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void officersSupervisorsAndAdminsReadAnAgency() throws Exception {
		String id = this.api.registered(HAINING);
		for (var caller : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
				Tokens.officer("330100"), supervisor(HAINING), admin() }) {
			this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(caller))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(id));
		}
	}

	@Test
	void agencyStaffReadTheirOwnAgency() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(Tokens.agencyStaff(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
	}

	@Test
	void anotherAgencysRecordIsNotFoundSoItsExistenceIsNotLeaked() throws Exception {
		String someoneElse = this.api.registered(HAINING);
		this.mvc.perform(get("/api/procurement/agencies/{id}", someoneElse).with(Tokens.agencyStaff("agency-mine")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("agency-not-found"));
	}

	@Test
	void anUnknownAgencyIsNotFound() throws Exception {
		this.mvc.perform(get("/api/procurement/agencies/agency-nobody").with(Tokens.officer(HAINING)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("agency-not-found"));
	}

	@Test
	void agencyHrMayNotReadTheRegistry() throws Exception {
		String id = this.api.registered(HAINING);
		this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(Tokens.agencyHr(id)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/procurement/agencies/{id}", id).with(Tokens.as("x", "evaluator", Map.of())))
			.andExpect(status().isForbidden());
	}

}
