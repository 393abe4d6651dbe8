package cn.shegong.talent.worker.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class WorkingTimeIT {

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
	void hrRecordsAPartTimeWorkerAndTheEmploymentShowsTheShare() throws Exception {
		this.mvc
			.perform(post("/api/talent/workers").with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"张敏","residentId":"%s","education":"BACHELOR","yearsOfService":3,
						 "employedSince":"2024-01-01","fteBasisPoints":5000}""".formatted(ResidentIds.fresh())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.employments[0].fteBasisPoints").value(5000));
	}

	@Test
	void aWorkerRecordedWithoutAShareWorksFullTime() throws Exception {
		String id = this.api.registered(this.agency);
		this.mvc.perform(get("/api/talent/workers/{id}", id).with(Tokens.agencyHr(this.agency)))
			.andExpect(jsonPath("$.employments[0].fteBasisPoints").value(10000));
	}

	@Test
	void aChangeOfWorkingTimeStartsANewStretchAndKeepsTheOld() throws Exception {
		String id = this.api.registered(this.agency);
		this.api.changeWorkingTime(Tokens.agencyHr(this.agency), id, 5000, "2025-03-01", 0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employments", hasSize(2)))
			.andExpect(jsonPath("$.employments[0].until").value("2025-02-28"))
			.andExpect(jsonPath("$.employments[0].fteBasisPoints").value(10000))
			.andExpect(jsonPath("$.employments[1].agencyId").value(this.agency))
			.andExpect(jsonPath("$.employments[1].from").value("2025-03-01"))
			.andExpect(jsonPath("$.employments[1].fteBasisPoints").value(5000))
			.andExpect(jsonPath("$.profileHistory[0].reason").value("shorter hours"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void refusalsNameTheRule() throws Exception {
		String id = this.api.registered(this.agency);
		this.api.changeWorkingTime(Tokens.agencyHr(this.agency), id, 10000, "2025-03-01", 0)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("working-time-unchanged"));
		this.api.changeWorkingTime(Tokens.agencyHr(this.agency), id, 5000, "2023-03-01", 0)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("working-time-change-before-current-start"));
		this.api.changeWorkingTime(Tokens.agencyHr(this.agency), id, 0, "2025-03-01", 0)
			.andExpect(status().isBadRequest());
	}

	@Test
	void onlyTheEmployersHrChangesWorkingTime() throws Exception {
		String id = this.api.registered(this.agency);
		this.api.changeWorkingTime(Tokens.agencyHr("agency-other"), id, 5000, "2025-03-01", 0)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		this.api.changeWorkingTime(Tokens.agencyStaff(this.agency), id, 5000, "2025-03-01", 0)
			.andExpect(status().isForbidden());
	}

	@Test
	void aMoveMayGiveTheShareAtTheNewAgency() throws Exception {
		String id = this.api.registered(this.agency);
		this.mvc.perform(post("/api/talent/workers/{id}/employment", id).with(Tokens.agencyHr(this.agency))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyId\":\"agency-next\",\"from\":\"2025-03-01\",\"version\":0,\"fteBasisPoints\":6000}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employments[1].fteBasisPoints").value(6000));
	}

	@Test
	void theAllowanceSheetPaysAHalfTimeWorkerHalf() throws Exception {
		this.mvc
			.perform(post("/api/talent/workers").with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"王芳","residentId":"%s","education":"BACHELOR","yearsOfService":3,
						 "employedSince":"2024-01-01","fteBasisPoints":5000}""".formatted(ResidentIds.fresh())))
			.andExpect(status().isCreated());
		String sheet = this.mvc
			.perform(get("/api/talent/allowances/{month}.csv", "2025-06").with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		// Tier one, 300.00 a month, 50 % of full time, all 30 days of June.
		assertThat(sheet).contains(",王芳,1,300.00,50,30,150.00");
	}

}
