package cn.shegong.talent.staffing.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.AdjustableClock;
import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.TalentPublishedEvents;
import cn.shegong.talent.event.TalentEvents;
import cn.shegong.talent.staffing.application.CertificateExpiryCheck;
import cn.shegong.talent.staffing.application.StaffingCompliance;
import cn.shegong.talent.staffing.application.StaffingDailyCheck;
import cn.shegong.talent.staffing.persistence.StaffedContracts;
import cn.shegong.talent.worker.web.WorkerApi;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A contract arrives from procurement through the broker; the agency's HR staffs it; a
 * day passes on the test clock and the daily checks, run by hand and more than once,
 * notice a lapsed registration.
 */
@ServiceIntegrationTest
class StaffingIT {

	private static final Path PROCUREMENT_EXAMPLE = Path
		.of("../procurement-service/src/main/resources/events/procurement.ContractAwarded.v1.example.json");

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		AdjustableClock clock() {
			return AdjustableClock.inShanghai();
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	OutboxRelay relay;

	@Autowired
	StaffingDailyCheck dailyCheck;

	@Autowired
	CertificateExpiryCheck expiryCheck;

	String agency;

	String contractId;

	@MockitoSpyBean
	StaffedContracts contracts;

	@Autowired
	StaffingCompliance compliance;

	@BeforeEach
	void aContractAwardedToOurAgencyArrivesFromProcurement() throws IOException {
		this.agency = "agency-" + UUID.randomUUID();
		this.contractId = "ctr-" + UUID.randomUUID();
		awarded(this.contractId, today().minusMonths(1), today().plusYears(1));
	}

	@AfterEach
	void contractsSaveAsUsual() {
		Mockito.reset(this.contracts);
	}

	private void awarded(String contractId, LocalDate termFrom, LocalDate termTo) throws IOException {
		Map<String, Object> data = JsonMapper.builder()
			.build()
			.readValue(Files.readString(PROCUREMENT_EXAMPLE), new TypeReference<>() {
			});
		data.put("contractId", contractId);
		data.put("agencyId", this.agency);
		data.put("termFrom", termFrom.toString());
		data.put("termTo", termTo.toString());
		EventEnvelope awarded = new EventEnvelope(UUID.randomUUID().toString(), "procurement.ContractAwarded", 1,
				Instant.now(), "procurement-service", contractId, data);
		// Twice, as a redelivery would: the second must change nothing.
		this.kafka.send(Topics.PROCUREMENT, contractId, this.json.write(awarded));
		this.kafka.send(Topics.PROCUREMENT, contractId, this.json.write(awarded));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mvc
				.perform(get("/api/talent/contracts/{id}/staffing", contractId).with(Tokens.agencyHr(this.agency)))
				.andReturn()
				.getResponse()
				.getStatus() == 200);
	}

	@Test
	void sixWorkersOfWhomFourAreCertifiedMakeTheContractCompliantAndThatIsAnnounced() throws Exception {
		staffing(Tokens.agencyHr(this.agency)).andExpect(jsonPath("$.compliant").value(false))
			.andExpect(jsonPath("$.staff").value(0));

		stationTeam(today().minusYears(1));

		staffing(Tokens.agencyHr(this.agency)).andExpect(status().isOk())
			.andExpect(jsonPath("$.staff").value(6))
			.andExpect(jsonPath("$.certified").value(4))
			.andExpect(jsonPath("$.supervisors").value(1))
			.andExpect(jsonPath("$.compliant").value(true))
			.andExpect(jsonPath("$.reasons").isEmpty());
		List<EventEnvelope> announced = staffingChanged();
		assertThat(announced).isNotEmpty()
			.allSatisfy((event) -> assertThat(TalentPublishedEvents.violations(event)).isEmpty());
		assertThat(announced.get(announced.size() - 1).data()).containsEntry("compliant", true)
			.containsEntry("staff", 6)
			.containsEntry("certified", 4)
			.containsEntry("agencyId", this.agency);
	}

	@Test
	void aRegistrationLapsingOvernightBreaksComplianceAndIsAnnouncedExactlyOnceHoweverOftenTheCheckRuns()
			throws Exception {
		// Registered three years ago tomorrow: today is its last valid day.
		stationTeam(today().minusYears(3).plusDays(1));
		staffing(Tokens.agencyHr(this.agency)).andExpect(jsonPath("$.compliant").value(true));
		int before = staffingChanged().size();
		this.dailyCheck.runOnce();
		assertThat(staffingChanged()).as("nothing changed yet, so nothing is announced").hasSize(before);

		this.clock.advance(Duration.ofDays(1));
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this.dailyCheck::runOnce);
		CompletableFuture<Integer> other = CompletableFuture.supplyAsync(this.dailyCheck::runOnce);
		CompletableFuture.allOf(one, other).join();
		this.dailyCheck.runOnce();

		List<EventEnvelope> announced = staffingChanged();
		assertThat(announced).hasSize(before + 1);
		EventEnvelope lapsed = announced.get(announced.size() - 1);
		assertThat(TalentPublishedEvents.violations(lapsed)).isEmpty();
		assertThat(lapsed.data()).containsEntry("compliant", false).containsEntry("certified", 0);
		staffing(Tokens.officer("330400")).andExpect(status().isOk())
			.andExpect(jsonPath("$.compliant").value(false))
			.andExpect(jsonPath("$.reasons[0].rule").value("too-few-certified"));
	}

	@Test
	void aChangeWhoseReassessmentKeepsLosingRacesIsKeptAndTheRecheckPassAnnouncesItOnce() throws Exception {
		List<String> team = stationTeam(today().minusYears(1));
		int before = staffingChanged().size();
		Mockito.doThrow(new OptimisticLockingFailureException("another writer got there first"))
			.when(this.contracts)
			.save(ArgumentMatchers.any(), ArgumentMatchers.anyLong(), ArgumentMatchers.anyList());

		new WorkerApi(this.mvc)
			.move(Tokens.agencyHr(this.agency), team.get(3), "agency-elsewhere", today().toString(), 0)
			.andExpect(status().isOk());
		assertThat(staffingChanged()).as("not announced while the contract is busy").hasSize(before);

		Mockito.reset(this.contracts);
		assertThat(this.compliance.recheckQueued()).isEqualTo(1);
		assertThat(this.compliance.recheckQueued()).as("served once, then gone").isZero();

		List<EventEnvelope> announced = staffingChanged();
		assertThat(announced).hasSize(before + 1);
		assertThat(announced.get(announced.size() - 1).data()).containsEntry("staff", 5)
			.containsEntry("certified", 3)
			.containsEntry("compliant", false);
	}

	@Test
	void aContractWhoseTermIsOverIsNoLongerReassessedByTheDailyCheck() throws Exception {
		String ending = "ctr-" + UUID.randomUUID();
		awarded(ending, today().minusMonths(11), today());
		String worker = new WorkerApi(this.mvc).registered(this.agency);
		this.mvc
			.perform(post("/api/talent/contracts/{id}/assignments", ending).with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"workerId\":\"%s\",\"role\":\"FRONTLINE\",\"fteBasisPoints\":10000,\"from\":\"%s\"}"
					.formatted(worker, today())))
			.andExpect(status().isCreated());
		TalentPublishedEvents published = new TalentPublishedEvents(this.broker.getBrokersAsString(), this.relay);
		int before = published.about(ending, TalentEvents.STAFFING_CHANGED).size();

		this.clock.advance(Duration.ofDays(1));
		this.dailyCheck.runOnce();

		assertThat(published.about(ending, TalentEvents.STAFFING_CHANGED))
			.as("the last day's team stays the last word; the empty team after the term is not news")
			.hasSize(before);
	}

	@Test
	void anOfficerSeesAheadOfTimeThatTheTeamWillFallShortOnceRegistrationsLapse() throws Exception {
		// Registered three years ago tomorrow: valid today, lapsed tomorrow.
		stationTeam(today().minusYears(3).plusDays(1));

		this.mvc
			.perform(get("/api/talent/contracts/{id}/staffing", this.contractId).param("on", today().toString())
				.with(Tokens.officer("330400")))
			.andExpect(jsonPath("$.compliant").value(true));
		this.mvc
			.perform(get("/api/talent/contracts/{id}/staffing", this.contractId)
				.param("on", today().plusDays(1).toString())
				.with(Tokens.officer("330400")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.compliant").value(false))
			.andExpect(jsonPath("$.reasons[0].rule").value("too-few-certified"));
	}

	@Test
	void aCertifiedWorkerMovingToAnotherAgencyNoLongerCountsAndThatIsAnnouncedAtOnce() throws Exception {
		List<String> team = stationTeam(today().minusYears(1));
		int before = staffingChanged().size();

		new WorkerApi(this.mvc)
			.move(Tokens.agencyHr(this.agency), team.get(3), "agency-elsewhere", today().toString(), 0)
			.andExpect(status().isOk());

		staffing(Tokens.agencyHr(this.agency)).andExpect(jsonPath("$.staff").value(5))
			.andExpect(jsonPath("$.certified").value(3))
			.andExpect(jsonPath("$.compliant").value(false));
		List<EventEnvelope> announced = staffingChanged();
		assertThat(announced).hasSize(before + 1);
		assertThat(announced.get(announced.size() - 1).data()).containsEntry("staff", 5)
			.containsEntry("compliant", false);
	}

	@Test
	void aRegistrationEndingWithinThirtyDaysIsAnnouncedOnce() throws Exception {
		String worker = new WorkerApi(this.mvc).registered(this.agency);
		String certificate = JsonPath
			.read(recordCertificate(worker, today().minusYears(3).plusDays(10)).andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");

		this.expiryCheck.runOnce();
		this.expiryCheck.runOnce();

		List<EventEnvelope> notices = new TalentPublishedEvents(this.broker.getBrokersAsString(), this.relay)
			.about(worker, TalentEvents.CERTIFICATE_EXPIRING);
		assertThat(notices).hasSize(1);
		assertThat(TalentPublishedEvents.violations(notices.get(0))).isEmpty();
		assertThat(notices.get(0).data()).containsEntry("certificateId", certificate)
			.containsEntry("daysAhead", 30)
			.containsEntry("agencyId", this.agency);
	}

	@Test
	void anotherAgencysHrAndAnUnassignedEvaluatorAreToldTheContractDoesNotExist() throws Exception {
		String theirs = new WorkerApi(this.mvc).registered("agency-other");

		assign(Tokens.agencyHr("agency-other"), theirs, "FRONTLINE").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("contract-not-found"));
		staffing(Tokens.agencyHr("agency-other")).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/talent/contracts/{id}/assignments", this.contractId)
				.with(Tokens.agencyHr("agency-other")))
			.andExpect(status().isNotFound());
		assign(Tokens.agencyHr(this.agency), theirs, "FRONTLINE").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		staffing(Tokens.officer("110000")).andExpect(status().isNotFound());
		staffing(Tokens.evaluator("org-1")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("contract-not-found"));
	}

	@Test
	void hrEndsAnAssignmentAtTheVersionItReadButNeverBeforeItStarted() throws Exception {
		String worker = new WorkerApi(this.mvc).registered(this.agency);
		String body = assign(Tokens.agencyHr(this.agency), worker, "FRONTLINE").andExpect(status().isCreated())
			.andExpect(jsonPath("$.to").value(today().plusYears(1).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String assignment = JsonPath.read(body, "$.id");
		int version = JsonPath.read(body, "$.version");

		String ended = end(assignment, today(), version).andExpect(status().isOk())
			.andExpect(jsonPath("$.to").value(today().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		end(assignment, today(), version).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		end(assignment, today().minusDays(1), JsonPath.<Integer>read(ended, "$.version"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("assignment-ends-before-it-starts"));
		this.mvc
			.perform(get("/api/talent/contracts/{id}/assignments", this.contractId).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignments[0].workerId").value(worker))
			.andExpect(jsonPath("$.assignments[0].to").value(today().toString()));
	}

	/**
	 * A station head, a supervisor and four frontline workers from today; the first four
	 * registered on the given day.
	 */
	private List<String> stationTeam(LocalDate registeredOn) throws Exception {
		List<String> roles = List.of("STATION_HEAD", "SUPERVISOR", "FRONTLINE", "FRONTLINE", "FRONTLINE", "FRONTLINE");
		List<String> workers = new ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			workers.add(new WorkerApi(this.mvc).registered(this.agency));
		}
		for (int i = 0; i < 4; i++) {
			recordCertificate(workers.get(i), registeredOn).andExpect(status().isCreated());
		}
		for (int i = 0; i < roles.size(); i++) {
			assign(Tokens.agencyHr(this.agency), workers.get(i), roles.get(i)).andExpect(status().isCreated());
		}
		return workers;
	}

	private List<EventEnvelope> staffingChanged() {
		return new TalentPublishedEvents(this.broker.getBrokersAsString(), this.relay).about(this.contractId,
				TalentEvents.STAFFING_CHANGED);
	}

	private ResultActions staffing(RequestPostProcessor caller) throws Exception {
		return this.mvc.perform(get("/api/talent/contracts/{id}/staffing", this.contractId).with(caller));
	}

	private ResultActions assign(RequestPostProcessor caller, String worker, String role) throws Exception {
		return this.mvc.perform(post("/api/talent/contracts/{id}/assignments", this.contractId).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workerId\":\"%s\",\"role\":\"%s\",\"fteBasisPoints\":10000,\"from\":\"%s\"}".formatted(worker,
					role, today())));
	}

	private ResultActions end(String assignment, LocalDate lastDay, long version) throws Exception {
		return this.mvc.perform(post("/api/talent/contracts/{id}/assignments/{a}/end", this.contractId, assignment)
			.with(Tokens.agencyHr(this.agency))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"lastDay\":\"%s\",\"version\":%d}".formatted(lastDay, version)));
	}

	private ResultActions recordCertificate(String worker, LocalDate registeredOn) throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/certificates", worker).with(Tokens.agencyHr(this.agency))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"level\":\"ASSISTANT\",\"number\":\"Z%s\",\"examYear\":%d,\"registeredOn\":\"%s\"}"
				.formatted(UUID.randomUUID(), registeredOn.getYear(), registeredOn)));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
