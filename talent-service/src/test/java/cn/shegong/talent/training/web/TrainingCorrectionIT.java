package cn.shegong.talent.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.web.WorkerApi;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class TrainingCorrectionIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	MongoTemplate mongo;

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
	void hrCorrectsARecordAndTheListShowsTheEarlierValues() throws Exception {
		String record = recorded("80");

		correct(Tokens.agencyHr(this.agency), record, "{\"hours\":8,\"reason\":\"typed 80 for 8\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hours").value(8))
			.andExpect(jsonPath("$.version").value(1));

		this.mvc.perform(get("/api/talent/workers/{id}/training", this.worker).with(Tokens.agencyHr(this.agency)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].hours").value(8))
			.andExpect(jsonPath("$[0].corrections[0].hours").value(80))
			.andExpect(jsonPath("$[0].corrections[0].reason").value("typed 80 for 8"))
			.andExpect(jsonPath("$[0].voided").doesNotExist());
	}

	@Test
	void aVoidedRecordStaysListedButNoLongerCountsInTheShortfalls() throws Exception {
		String record = recorded("72");
		this.mvc.perform(shortfalls()).andExpect(jsonPath("$[?(@.workerId == '%s')]".formatted(this.worker)).isEmpty());

		voidRecord(Tokens.agencyHr(this.agency), record, 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.voided.reason").value("entered for the wrong worker"));

		this.mvc.perform(shortfalls())
			.andExpect(jsonPath("$[?(@.workerId == '%s')].annual.done".formatted(this.worker)).value(0));
		this.mvc.perform(get("/api/talent/workers/{id}/training", this.worker).with(Tokens.agencyHr(this.agency)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].voided.reason").value("entered for the wrong worker"));
	}

	@Test
	void refusalsNameTheRule() throws Exception {
		String record = recorded("8");
		correct(Tokens.agencyHr(this.agency), record, "{\"hours\":8.0,\"reason\":\"check\",\"version\":0}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("training-correction-unchanged"));
		correct(Tokens.agencyHr(this.agency), record, "{\"hours\":9,\"version\":0}").andExpect(status().isBadRequest());
		correct(Tokens.agencyHr(this.agency), record, "{\"hours\":9,\"reason\":\"r\",\"version\":7}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("stale-version"));
		voidRecord(Tokens.agencyHr(this.agency), record, 0).andExpect(status().isOk());
		correct(Tokens.agencyHr(this.agency), record, "{\"hours\":9,\"reason\":\"r\",\"version\":1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("training-record-voided"));
	}

	@Test
	void anotherAgencysHrAndOtherRolesCannotChangeTheRecord() throws Exception {
		String record = recorded("8");
		correct(Tokens.agencyHr("agency-other"), record, "{\"hours\":9,\"reason\":\"r\",\"version\":0}")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("worker-not-found"));
		voidRecord(Tokens.agencyStaff(this.agency), record, 0).andExpect(status().isForbidden());
		String otherWorker = new WorkerApi(this.mvc).registered(this.agency);
		this.mvc
			.perform(post("/api/talent/workers/{id}/training/{record}/void", otherWorker, record)
				.with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"r\",\"version\":0}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.rule").value("training-record-not-found"));
	}

	@Test
	void aRecordStoredBeforeCorrectionsExistedReadsAsVersionZeroAndCanBeCorrected() throws Exception {
		String record = "training-" + UUID.randomUUID();
		this.mongo.getCollection("training_records")
			.insertOne(new Document("_id", record).append("workerId", this.worker)
				.append("date", java.util.Date.from(this.today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
				.append("hours", new Decimal128(new java.math.BigDecimal("80")))
				.append("provider", "嘉兴市社会工作协会")
				.append("category", "PRACTICE"));

		this.mvc.perform(get("/api/talent/workers/{id}/training", this.worker).with(Tokens.agencyHr(this.agency)))
			.andExpect(jsonPath("$[0].version").value(0))
			.andExpect(jsonPath("$[0].corrections", hasSize(0)));
		correct(Tokens.agencyHr(this.agency), record, "{\"hours\":8,\"reason\":\"typed 80 for 8\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.corrections[0].hours").value(80))
			.andExpect(jsonPath("$.version").value(1));
	}

	private String recorded(String hours) throws Exception {
		String body = this.mvc
			.perform(post("/api/talent/workers/{id}/training", this.worker).with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"%s\",\"hours\":%s,\"provider\":\"嘉兴市社会工作协会\",\"category\":\"PRACTICE\"}"
					.formatted(this.today, hours)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private ResultActions correct(RequestPostProcessor caller, String record, String body) throws Exception {
		return this.mvc.perform(patch("/api/talent/workers/{id}/training/{record}", this.worker, record).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions voidRecord(RequestPostProcessor caller, String record, long version) throws Exception {
		return this.mvc
			.perform(post("/api/talent/workers/{id}/training/{record}/void", this.worker, record).with(caller)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"entered for the wrong worker\",\"version\":%d}".formatted(version)));
	}

	private org.springframework.test.web.servlet.RequestBuilder shortfalls() {
		return get("/api/talent/training/shortfalls").param("year", String.valueOf(this.today.getYear()))
			.with(Tokens.agencyHr(this.agency));
	}

}
