package cn.shegong.talent.worker.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class WorkerProfileIT {

	@Autowired
	MockMvc mvc;

	WorkerApi api;

	String agency;

	@BeforeEach
	void anAgencyOfOurOwn() {
		this.api = new WorkerApi(this.mvc);
		this.agency = "agency-" + UUID.randomUUID();
	}

	@Test
	void hrCorrectsItsWorkersProfileAndTheReadShowsTheHistory() throws Exception {
		String id = this.api.registered(this.agency);

		this.api
			.correctProfile(Tokens.agencyHr(this.agency), id,
					"{\"name\":\"张敏敏\",\"yearsOfService\":5,\"reason\":\"入职时录错\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("张敏敏"))
			.andExpect(jsonPath("$.education").value("BACHELOR"))
			.andExpect(jsonPath("$.yearsOfService").value(5))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc.perform(get("/api/talent/workers/{id}", id).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profileHistory", hasSize(1)))
			.andExpect(jsonPath("$.profileHistory[0].reason").value("入职时录错"))
			.andExpect(jsonPath("$.profileHistory[0].changedAt").isNotEmpty())
			.andExpect(jsonPath("$.profileHistory[0].changedBy").isNotEmpty())
			.andExpect(jsonPath("$.profileHistory[0].fields[0].field").value("name"))
			.andExpect(jsonPath("$.profileHistory[0].fields[0].from").value("张敏"))
			.andExpect(jsonPath("$.profileHistory[0].fields[0].to").value("张敏敏"))
			.andExpect(jsonPath("$.profileHistory[0].fields[1].field").value("yearsOfService"))
			.andExpect(jsonPath("$.profileHistory[0].fields[1].from").value("3"))
			.andExpect(jsonPath("$.profileHistory[0].fields[1].to").value("5"));
	}

	@Test
	void aCorrectionThatChangesNothingIsRefused() throws Exception {
		String id = this.api.registered(this.agency);
		this.api
			.correctProfile(Tokens.agencyHr(this.agency), id,
					"{\"name\":\"张敏\",\"education\":\"BACHELOR\",\"reason\":\"check\",\"version\":0}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("worker-profile-unchanged"));
	}

	@Test
	void theResidentIdIsNotEditableAndTheRefusalDoesNotRepeatIt() throws Exception {
		String id = this.api.registered(this.agency);
		String number = ResidentIds.fresh();
		this.api
			.correctProfile(Tokens.agencyHr(this.agency), id,
					"{\"residentId\":\"%s\",\"reason\":\"typo\",\"version\":0}".formatted(number))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("worker-resident-id-not-editable"))
			.andExpect(content().string(not(containsString(number))));
	}

	@Test
	void aCorrectionNeedsAReasonAndTheCurrentVersion() throws Exception {
		String id = this.api.registered(this.agency);
		this.api.correctProfile(Tokens.agencyHr(this.agency), id, "{\"name\":\"李敏\",\"version\":0}")
			.andExpect(status().isBadRequest());
		this.api.correctProfile(Tokens.agencyHr(this.agency), id, "{\"name\":\"李敏\",\"reason\":\"typo\",\"version\":3}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
	}

	@Test
	void anotherAgencysHrCannotCorrectTheWorkerNorCanOtherRoles() throws Exception {
		String id = this.api.registered(this.agency);
		String body = "{\"name\":\"李敏\",\"reason\":\"typo\",\"version\":0}";
		this.api.correctProfile(Tokens.agencyHr("agency-other"), id, body)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		this.api.correctProfile(Tokens.agencyStaff(this.agency), id, body).andExpect(status().isForbidden());
	}

}
