package cn.shegong.procurement.bidding.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.procurement.ProjectSteps;
import tools.jackson.databind.JsonNode;

import static cn.shegong.procurement.ProjectSteps.HAINING_OFFICER;
import static cn.shegong.procurement.ProjectSteps.body;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bids are measured against the staffing requirement of the tender's own project, not a
 * station project's: here a project that asks for four full-time staff, two of them
 * certified, one of them a supervisor.
 */
@ServiceIntegrationTest
class ProjectStaffingRequirementIT {

	private static final String FOUR_STAFF_TWO_CERTIFIED = """
			[{"role":"STATION_HEAD","name":"站长 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"12000.00"},
			 {"role":"SUPERVISOR","name":"督导 A","certified":true,"fteBasisPoints":10000,"monthlySalaryYuan":"9800.00"},
			 {"role":"ASSISTANT","name":"辅助人员 A","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"},
			 {"role":"ASSISTANT","name":"辅助人员 B","certified":false,"fteBasisPoints":10000,"monthlySalaryYuan":"9600.00"}]""";

	@Autowired
	MockMvc mvc;

	private String tenderId;

	@BeforeEach
	void aPublishedTenderOfASmallProject() throws Exception {
		JsonNode draft = body(this.mvc
			.perform(post("/api/procurement/tenders").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"projectId":"%s","method":"COMPETITIVE_CONSULTATION","title":"马桥社区睦邻项目采购"}"""
					.formatted(smallPublishedProject())))
			.andExpect(status().isCreated()));
		this.tenderId = draft.get("id").asString();
		this.mvc
			.perform(post("/api/procurement/tenders/" + this.tenderId + "/publication").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"biddingDeadline\":\"" + Instant.now().plus(Duration.ofDays(15)) + "\",\"version\":"
						+ draft.get("version").asLong() + "}"))
			.andExpect(status().isOk());
	}

	@Test
	void aPlanThatMeetsItsProjectsRequirementIsAcceptedThoughAStationWouldNeedMore() throws Exception {
		submit(FOUR_STAFF_TWO_CERTIFIED).andExpect(status().isCreated());
	}

	@Test
	void aPlanBelowItsProjectsOwnRequirementIsRefused() throws Exception {
		String oneCertified = FOUR_STAFF_TWO_CERTIFIED.replace("""
				"name":"督导 A","certified":true""", """
				"name":"督导 A","certified":false""");

		submit(oneCertified).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("staffing-plan-insufficient"));
	}

	private ResultActions submit(String plan) throws Exception {
		return this.mvc.perform(
				post("/api/procurement/tenders/" + this.tenderId + "/bids").with(Tokens.agencyStaff("agency-maqiao"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"priceYuan":"200000","proposalSummary":"睦邻服务方案","staffingPlan":%s}""".formatted(plan)));
	}

	private String smallPublishedProject() throws Exception {
		JsonNode draft = body(this.mvc
			.perform(post("/api/procurement/projects").with(HAINING_OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content(ProjectSteps.STATION_PROJECT.replace("\"catalogueCode\"", """
						"staffingRequirement":{"minimumFullTimeStaff":4,"minimumCertified":2,
						 "certifiedRatioNumerator":1,"certifiedRatioDenominator":2,"workersPerSupervisor":6},
						"catalogueCode\"""")))
			.andExpect(status().isCreated()));
		String id = draft.get("id").asString();
		ProjectSteps steps = new ProjectSteps(this.mvc);
		JsonNode approved = steps.projectChange(id, "budget-approval", draft.get("version").asLong());
		steps.projectChange(id, "publication", approved.get("version").asLong());
		return id;
	}

}
