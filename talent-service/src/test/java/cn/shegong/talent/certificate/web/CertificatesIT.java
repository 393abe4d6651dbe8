package cn.shegong.talent.certificate.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.certificate.application.CertifiedWorkers;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.worker.application.Employers;
import cn.shegong.talent.worker.web.WorkerApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class CertificatesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	CertifiedWorkers certifiedWorkers;

	@Autowired
	Employers employers;

	String agency;

	String worker;

	LocalDate today;

	@BeforeEach
	void aWorkerOfOurOwn() throws Exception {
		this.agency = "agency-" + UUID.randomUUID();
		this.worker = new WorkerApi(this.mvc).registered(this.agency);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void hrRecordsACertificateAndTheWorkerCountsAsCertifiedThroughTheQueryPort() throws Exception {
		recordCertificate(this.agency, "INTERMEDIATE", this.today.minusYears(1)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.levelTitle").value("社会工作师"))
			.andExpect(jsonPath("$.validThrough").value(this.today.minusYears(1).plusYears(3).minusDays(1).toString()))
			.andExpect(jsonPath("$.registrationStatus").value("VALID"))
			.andExpect(jsonPath("$.certifiesToday").value(true));

		assertThat(this.certifiedWorkers.levelOn(this.worker, this.today)).contains(CertificateLevel.INTERMEDIATE);
		assertThat(this.certifiedWorkers.isCertifiedAt(this.worker, this.clock.instant())).isTrue();
		assertThat(this.employers.currentEmployerOf(this.worker)).contains(this.agency);
	}

	@Test
	void aLapsedRegistrationIsRenewedFromTodayAndTheWorkerIsCertifiedAgain() throws Exception {
		String body = recordCertificate(this.agency, "ASSISTANT", this.today.minusYears(3).minusDays(5))
			.andExpect(jsonPath("$.registrationStatus").value("EXPIRED"))
			.andExpect(jsonPath("$.certifiesToday").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		assertThat(this.certifiedWorkers.isCertifiedOn(this.worker, this.today)).isFalse();

		renew(id, 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.registeredFrom").value(this.today.toString()))
			.andExpect(jsonPath("$.certifiesToday").value(true))
			.andExpect(jsonPath("$.version").value(1));
		renew(id, 0).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("stale-version"));
	}

	@Test
	void aRenewalBeforeTheWindowOpensIsRefused() throws Exception {
		String body = recordCertificate(this.agency, "SENIOR", this.today.minusMonths(1)).andReturn()
			.getResponse()
			.getContentAsString();
		renew(JsonPath.read(body, "$.id"), 0).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("registration-renewal-not-open"));
	}

	@Test
	void aCertificateNumberIsRecordedOnce() throws Exception {
		String number = "Z" + UUID.randomUUID();
		recordCertificate(this.agency, "ASSISTANT", this.today, number).andExpect(status().isCreated());
		recordCertificate(this.agency, "INTERMEDIATE", this.today, number).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("certificate-number-already-recorded"));
	}

	@Test
	void anotherAgencyCannotRecordOrReadTheWorkersCertificates() throws Exception {
		recordCertificate("agency-other", "ASSISTANT", this.today).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		this.mvc
			.perform(get("/api/talent/workers/{id}/certificates", this.worker).with(Tokens.agencyHr("agency-other")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCertificateWithoutALevelIsAnInvalidRequest() throws Exception {
		this.mvc
			.perform(post("/api/talent/workers/{id}/certificates", this.worker).with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\":\"Z1\",\"examYear\":2020,\"registeredOn\":\"2021-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	private ResultActions recordCertificate(String asAgency, String level, LocalDate registeredOn) throws Exception {
		return recordCertificate(asAgency, level, registeredOn, "Z" + UUID.randomUUID());
	}

	private ResultActions recordCertificate(String asAgency, String level, LocalDate registeredOn, String number)
			throws Exception {
		return this.mvc
			.perform(post("/api/talent/workers/{id}/certificates", this.worker).with(Tokens.agencyHr(asAgency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"%s\",\"number\":\"%s\",\"examYear\":%d,\"registeredOn\":\"%s\"}".formatted(level,
						number, registeredOn.getYear(), registeredOn)));
	}

	private ResultActions renew(String certificateId, long version) throws Exception {
		return this.mvc
			.perform(put("/api/talent/workers/{id}/certificates/{cert}/registration", this.worker, certificateId)
				.with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":%d}".formatted(version)));
	}

}
