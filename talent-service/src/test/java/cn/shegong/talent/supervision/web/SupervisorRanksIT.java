package cn.shegong.talent.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class SupervisorRanksIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	private final String agency = "agency-" + UUID.randomUUID();

	private final RequestPostProcessor hr = Tokens.agencyHr(this.agency);

	@Test
	void hrAppointsPromotesAndRemovesASupervisorAndReadsTheWholeHistory() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String workerId = workerWithCertificate(5, "INTERMEDIATE", today.minusYears(2));

		promote(workerId, "ASSISTANT_SUPERVISOR", today.minusYears(2), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.currentRank").value("ASSISTANT_SUPERVISOR"))
			.andExpect(jsonPath("$.currentRankName").value("督导助理"))
			.andExpect(jsonPath("$.version").value(0));
		promote(workerId, "TRAINEE_SUPERVISOR", today.minusYears(1), 0L).andExpect(status().isOk())
			.andExpect(jsonPath("$.currentRank").value("TRAINEE_SUPERVISOR"));
		lower(workerId, null, today, "2025 年度考核不合格", 1L).andExpect(status().isOk())
			.andExpect(jsonPath("$.currentRank").value(nullValue()));

		this.mvc.perform(get("/api/talent/workers/{id}/supervisor-rank", workerId).with(this.hr))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentRank").value(nullValue()))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.history.length()").value(3))
			.andExpect(jsonPath("$.history[0].change").value("APPOINTED"))
			.andExpect(jsonPath("$.history[0].from").value(today.minusYears(2).toString()))
			.andExpect(jsonPath("$.history[0].until").value(today.minusYears(1).minusDays(1).toString()))
			.andExpect(jsonPath("$.history[0].decidedBy").value("hr-" + this.agency))
			.andExpect(jsonPath("$.history[1].rankName").value("见习督导"))
			.andExpect(jsonPath("$.history[1].until").value(today.minusDays(1).toString()))
			.andExpect(jsonPath("$.history[2].change").value("REMOVED"))
			.andExpect(jsonPath("$.history[2].reason").value("2025 年度考核不合格"))
			.andExpect(jsonPath("$.history[2].until").value(nullValue()));
	}

	@Test
	void hrListsItsAgencysSupervisorsWithTheirRanks() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String supervisor = workerWithCertificate(3, "INTERMEDIATE", today.minusYears(1));
		String frontline = workerWithCertificate(3, "INTERMEDIATE", today.minusYears(1));
		promote(supervisor, "ASSISTANT_SUPERVISOR", today, null).andExpect(status().isOk());

		this.mvc.perform(get("/api/talent/supervisors").with(this.hr))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].workerId").value(supervisor))
			.andExpect(jsonPath("$[0].rankName").value("督导助理"))
			.andExpect(jsonPath("$[0].since").value(today.toString()))
			.andExpect(jsonPath("$[*].workerId").value(not(hasItem(frontline))));
	}

	@Test
	void anAssistantSocialWorkerIsRefusedNamingTheCertificateRequirement() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String workerId = workerWithCertificate(5, "ASSISTANT", today.minusYears(1));

		promote(workerId, "ASSISTANT_SUPERVISOR", today, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("supervisor-rank-certificate-level-too-low"))
			.andExpect(jsonPath("$.detail").value(containsString("社会工作师")));
		this.mvc.perform(get("/api/talent/workers/{id}/supervisor-rank", workerId).with(this.hr))
			.andExpect(jsonPath("$.history.length()").value(0));
	}

	@Test
	void skippedRanksStaleVersionsAndChangesWithoutAReasonAreRefused() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String workerId = workerWithCertificate(9, "INTERMEDIATE", today.minusYears(2));

		promote(workerId, "JUNIOR_SUPERVISOR", today, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("supervisor-rank-skipped"));
		promote(workerId, "ASSISTANT_SUPERVISOR", today.minusMonths(6), null).andExpect(status().isOk());
		promote(workerId, "TRAINEE_SUPERVISOR", today, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		promote(workerId, "TRAINEE_SUPERVISOR", today, 0L).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("supervisor-rank-time-in-rank-too-short"));
		promote(workerId, "TRAINEE_SUPERVISOR", today.plusDays(1), 0L).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("supervisor-rank-effective-in-the-future"));
		lower(workerId, null, today, " ", 0L).andExpect(status().isBadRequest());
	}

	@Test
	void anotherAgencysHrFindsNoSuchWorkerAndAnOfficerIsForbidden() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String workerId = workerWithCertificate(3, "INTERMEDIATE", today.minusYears(1));
		RequestPostProcessor stranger = Tokens.agencyHr("agency-" + UUID.randomUUID());

		this.mvc.perform(get("/api/talent/workers/{id}/supervisor-rank", workerId).with(stranger))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		this.mvc
			.perform(post("/api/talent/workers/{id}/supervisor-rank", workerId).with(stranger)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("ASSISTANT_SUPERVISOR", today, "appointed", null)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/talent/workers/{id}/supervisor-rank", workerId).with(Tokens.officer("440300")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/talent/supervisors").with(Tokens.officer("440300")))
			.andExpect(status().isForbidden());
	}

	private ResultActions promote(String workerId, String rank, LocalDate effectiveOn, Long version) throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/supervisor-rank", workerId).with(this.hr)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(rank, effectiveOn, "督导能力评估通过", version)));
	}

	private ResultActions lower(String workerId, String rank, LocalDate effectiveOn, String reason, Long version)
			throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/supervisor-rank/demotion", workerId).with(this.hr)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(rank, effectiveOn, reason, version)));
	}

	private static String body(String rank, LocalDate effectiveOn, String reason, Long version) {
		return """
				{"rank":%s,"effectiveOn":"%s","reason":"%s","version":%s}"""
			.formatted((rank != null) ? "\"" + rank + "\"" : "null", effectiveOn, reason, version);
	}

	/** A worker of the agency with the years given and a certificate registered then. */
	private String workerWithCertificate(int yearsOfService, String level, LocalDate registeredOn) throws Exception {
		String created = this.mvc
			.perform(post("/api/talent/workers").with(this.hr)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"name":"李静","residentId":"%s","education":"MASTER","yearsOfService":%d,"employedSince":"2020-01-01"}"""
							.formatted(ResidentIds.fresh(), yearsOfService)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String workerId = JsonPath.read(created, "$.id");
		this.mvc
			.perform(post("/api/talent/workers/{id}/certificates", workerId).with(this.hr)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"%s","number":"Z-%s","examYear":%d,"registeredOn":"%s"}""".formatted(level,
						UUID.randomUUID(), registeredOn.getYear() - 1, registeredOn)))
			.andExpect(status().isCreated());
		return workerId;
	}

}
