package cn.shegong.talent.worker.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentId;
import cn.shegong.talent.worker.model.ResidentIds;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class WorkersIT {

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
	void agencyHrRecordsAWorkerAndSeesTheResidentIdOnlyMasked() throws Exception {
		String number = ResidentIds.fresh();
		this.api.register(Tokens.agencyHr(this.agency), "张敏", number)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/talent/workers/worker-")))
			.andExpect(jsonPath("$.residentIdMasked").value(ResidentId.mask(number)))
			.andExpect(jsonPath("$.residentId").doesNotExist())
			.andExpect(jsonPath("$.employerId").value(this.agency))
			.andExpect(jsonPath("$.employments[0].from").value("2024-01-01"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void aResidentIdWithAWrongCheckDigitIsRefusedByRule() throws Exception {
		this.api.register(Tokens.agencyHr(this.agency), "张敏", ResidentIds.withWrongCheckDigit(ResidentIds.fresh()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("resident-id-check-digit-invalid"));
	}

	@Test
	void onePersonIsOneWorkerAcrossThePlatform() throws Exception {
		String number = ResidentIds.fresh();
		this.api.register(Tokens.agencyHr(this.agency), "张敏", number).andExpect(status().isCreated());
		// The same person typed with a lower-case x or by another agency is still the
		// same person.
		this.api.register(Tokens.agencyHr("agency-" + UUID.randomUUID()), "张敏", number.toLowerCase())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("worker-already-registered"));
	}

	@Test
	void anotherAgencysWorkerReadsAsNotFound() throws Exception {
		String id = this.api.registered(this.agency);
		this.mvc.perform(get("/api/talent/workers/{id}", id).with(Tokens.agencyHr("agency-other")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		this.mvc.perform(get("/api/talent/workers").with(Tokens.agencyHr("agency-other")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id)).isEmpty());
	}

	@Test
	void agencyHrListsItsOwnWorkers() throws Exception {
		this.api.registered(this.agency);
		this.api.registered(this.agency);
		this.mvc.perform(get("/api/talent/workers").with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void officersEvaluatorsAndAgencyStaffMayNotReadWorkers() throws Exception {
		String id = this.api.registered(this.agency);
		for (var caller : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
				Tokens.officer("330481"), Tokens.evaluator("eval-1"), Tokens.agencyStaff(this.agency) }) {
			this.mvc.perform(get("/api/talent/workers/{id}", id).with(caller)).andExpect(status().isForbidden());
		}
	}

	@Test
	void hrFindsItsWorkerByResidentIdThroughTheKeyedHash() throws Exception {
		String number = ResidentIds.fresh();
		this.api.register(Tokens.agencyHr(this.agency), "张敏", number).andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/talent/workers/search").with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"residentId\":\"%s\"}".formatted(number)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.residentIdMasked").value(ResidentId.mask(number)));
		this.mvc
			.perform(post("/api/talent/workers/search").with(Tokens.agencyHr("agency-other"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"residentId\":\"%s\"}".formatted(number)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCurrentEmployerMovesAWorkerOnAndTheNewEmployerSeesTheWholeHistory() throws Exception {
		String id = this.api.registered(this.agency);
		String next = "agency-" + UUID.randomUUID();
		this.api.move(Tokens.agencyHr(this.agency), id, next, "2025-03-01", 0)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employerId").value(next))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc.perform(get("/api/talent/workers/{id}", id).with(Tokens.agencyHr(next)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employments[0].agencyId").value(this.agency))
			.andExpect(jsonPath("$.employments[0].until").value("2025-02-28"))
			.andExpect(jsonPath("$.employments[1].agencyId").value(next));
		this.mvc.perform(get("/api/talent/workers/{id}", id).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMoveBasedOnAStaleVersionIsRefused() throws Exception {
		String id = this.api.registered(this.agency);
		this.api.move(Tokens.agencyHr(this.agency), id, "agency-a", "2025-03-01", 0).andExpect(status().isOk());
		this.api.move(Tokens.agencyHr("agency-a"), id, "agency-b", "2025-06-01", 0)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
	}

	@Test
	void theReceivingAgencyCannotPullAWorkerAwayFromTheirEmployer() throws Exception {
		String id = this.api.registered(this.agency);
		this.api.move(Tokens.agencyHr("agency-thief"), id, "agency-thief", "2025-03-01", 0)
			.andExpect(status().isNotFound());
	}

}
