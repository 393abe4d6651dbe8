package cn.shegong.talent.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.web.WorkerApi;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class TrainingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	String agency;

	LocalDate today;

	@BeforeEach
	void anAgencyOfOurOwn() {
		this.agency = "agency-" + UUID.randomUUID();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void theShortfallReportNamesWhoFallsShortOfEachRuleAndByHowMuch() throws Exception {
		WorkerApi workers = new WorkerApi(this.mvc);
		String wellTrained = workers.registered(this.agency);
		String certifiedButBehind = workers.registered(this.agency);
		String uncertified = workers.registered(this.agency);
		LocalDate registeredOn = this.today.withDayOfYear(1);
		certify(certifiedButBehind, "INTERMEDIATE", registeredOn);
		record(wellTrained, "72", this.today).andExpect(status().isCreated());
		record(certifiedButBehind, "40", this.today).andExpect(status().isCreated());
		record(uncertified, "70.5", this.today).andExpect(status().isCreated());

		this.mvc
			.perform(get("/api/talent/training/shortfalls").param("year", String.valueOf(this.today.getYear()))
				.with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.workerId == '%s')]".formatted(wellTrained)).isEmpty())
			.andExpect(jsonPath("$[?(@.workerId == '%s')].annual.shortfall".formatted(certifiedButBehind)).value(32))
			.andExpect(jsonPath("$[?(@.workerId == '%s')].level".formatted(certifiedButBehind)).value("INTERMEDIATE"))
			.andExpect(jsonPath("$[?(@.workerId == '%s')].continuingEducation.required".formatted(certifiedButBehind))
				.value(90))
			.andExpect(jsonPath("$[?(@.workerId == '%s')].continuingEducation.shortfall".formatted(certifiedButBehind))
				.value(50))
			.andExpect(jsonPath("$[?(@.workerId == '%s')].annual.shortfall".formatted(uncertified)).value(1.5))
			.andExpect(jsonPath("$[?(@.workerId == '%s')].continuingEducation".formatted(uncertified))
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
	}

	@Test
	void hrListsAWorkersTrainingAndAnotherAgencyCannotRecordAny() throws Exception {
		String worker = new WorkerApi(this.mvc).registered(this.agency);
		record(worker, "8", this.today).andExpect(status().isCreated());
		this.mvc.perform(get("/api/talent/workers/{id}/training", worker).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].hours").value(8));
		this.mvc
			.perform(post("/api/talent/workers/{id}/training", worker).with(Tokens.agencyHr("agency-other"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(trainingJson("8", this.today)))
			.andExpect(status().isNotFound());
	}

	@Test
	void trainingStillToComeIsRefusedByRule() throws Exception {
		String worker = new WorkerApi(this.mvc).registered(this.agency);
		record(worker, "8", this.today.plusDays(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("training-date-in-the-future"));
	}

	@Test
	void aReportForAYearThatHasNotBegunIsRefused() throws Exception {
		this.mvc
			.perform(get("/api/talent/training/shortfalls").param("year", String.valueOf(this.today.getYear() + 1))
				.with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("training-report-year-in-the-future"));
	}

	@Test
	void officersAndEvaluatorsDoNotReadAnAgencysTrainingReport() throws Exception {
		this.mvc.perform(get("/api/talent/training/shortfalls").param("year", "2025").with(Tokens.officer("330481")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/talent/training/shortfalls").param("year", "2025").with(Tokens.evaluator("e-1")))
			.andExpect(status().isForbidden());
	}

	private void certify(String worker, String level, LocalDate registeredOn) throws Exception {
		this.mvc
			.perform(post("/api/talent/workers/{id}/certificates", worker).with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\":\"%s\",\"number\":\"Z%s\",\"examYear\":%d,\"registeredOn\":\"%s\"}"
					.formatted(level, UUID.randomUUID(), registeredOn.getYear(), registeredOn)))
			.andExpect(status().isCreated());
	}

	private ResultActions record(String worker, String hours, LocalDate date) throws Exception {
		return this.mvc.perform(post("/api/talent/workers/{id}/training", worker).with(Tokens.agencyHr(this.agency))
			.contentType(MediaType.APPLICATION_JSON)
			.content(trainingJson(hours, date)));
	}

	private static String trainingJson(String hours, LocalDate date) {
		return "{\"date\":\"%s\",\"hours\":%s,\"provider\":\"嘉兴市社会工作协会\",\"category\":\"PRACTICE\"}".formatted(date,
				hours);
	}

}
