package cn.shegong.talent.importing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.importing.application.InterruptedImports;
import cn.shegong.talent.worker.model.ResidentIds;
import cn.shegong.talent.worker.web.WorkerApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class TalentImportUpdateIT {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	@Autowired
	InterruptedImports interruptedImports;

	private final String agency = "agency-" + UUID.randomUUID();

	@Test
	void aRowOfARecordedWorkerCorrectsTheProfileAndTheEntryDateStartsNewWorkers() throws Exception {
		String recorded = ResidentIds.fresh();
		String withEntryDate = ResidentIds.fresh();
		String withoutEntryDate = ResidentIds.fresh();
		LocalDate today = LocalDate.now(this.clock);
		String workerId = registered(recorded);
		byte[] xlsx = ImportSheets.withAllHeaders()
			.rowEmployedSince("", "张敏", recorded, "硕士", 5)
			.rowEmployedSince(LocalDate.of(2023, 4, 1), "李娜", withEntryDate, "本科", 4)
			.rowEmployedSince(today.plusDays(1), "赵强", ResidentIds.fresh(), "大专", 1)
			.rowEmployedSince("2023-13-45", "孙丽", ResidentIds.fresh(), "本科", 2)
			.rowEmployedSince("", "周杰", withoutEntryDate, "本科", 2)
			.toXlsx();

		String dryRun = upload(xlsx, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.ok").value(3))
			.andExpect(jsonPath("$.rows[0].action").value("UPDATE"))
			.andExpect(
					jsonPath("$.rows[0].changes").value(org.hamcrest.Matchers.contains("education", "yearsOfService")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rowsOf(dryRun)).containsExactly("2:UPDATE:null", "3:CREATE:null",
				"4:NONE:import-employment-start-in-the-future", "5:NONE:import-employment-start-invalid",
				"6:CREATE:null");
		readWorker(workerId).andExpect(jsonPath("$.education").value("BACHELOR"))
			.andExpect(jsonPath("$.profileHistory", hasSize(0)));

		assertThat(rowsOf(applyAndAwaitDone(xlsx))).containsExactly("2:UPDATE:null", "3:CREATE:null",
				"4:NONE:import-employment-start-in-the-future", "5:NONE:import-employment-start-invalid",
				"6:CREATE:null");
		readWorker(workerId).andExpect(jsonPath("$.education").value("MASTER"))
			.andExpect(jsonPath("$.yearsOfService").value(5))
			.andExpect(jsonPath("$.profileHistory", hasSize(1)))
			.andExpect(jsonPath("$.profileHistory[0].reason").value("imported from 社工名册.xlsx"));
		search(withEntryDate).andExpect(jsonPath("$.employments[0].from").value("2023-04-01"));
		search(withoutEntryDate).andExpect(jsonPath("$.employments[0].from").value(today.toString()));

		assertThat(rowsOf(applyAndAwaitDone(xlsx))).startsWith("2:ALREADY_PRESENT:null", "3:ALREADY_PRESENT:null")
			.endsWith("6:ALREADY_PRESENT:null");
		readWorker(workerId).andExpect(jsonPath("$.profileHistory", hasSize(1)));
	}

	@Test
	void anImportLeftRunningWhenTheServiceStoppedReadsAsInterruptedWithWhatToDo() throws Exception {
		String jobId = "import-" + UUID.randomUUID();
		this.mongo.getCollection("import_jobs")
			.insertOne(new Document("_id", jobId).append("agencyId", this.agency)
				.append("status", "RUNNING")
				.append("total", 5)
				.append("done", 2)
				.append("startedAt", Date.from(Instant.now(this.clock)))
				.append("rows", List.of()));

		this.interruptedImports.markInterrupted();

		this.mvc.perform(get("/api/talent/imports/{id}", jobId).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INTERRUPTED"))
			.andExpect(jsonPath("$.done").value(2))
			.andExpect(jsonPath("$.finishedAt").isNotEmpty())
			.andExpect(jsonPath("$.message").value(containsString("upload the same file again")));
	}

	private String registered(String residentId) throws Exception {
		String body = new WorkerApi(this.mvc).register(Tokens.agencyHr(this.agency), "张敏", residentId)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private ResultActions readWorker(String workerId) throws Exception {
		return this.mvc.perform(get("/api/talent/workers/{id}", workerId).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk());
	}

	private ResultActions search(String residentId) throws Exception {
		return this.mvc
			.perform(post("/api/talent/workers/search").with(Tokens.agencyHr(this.agency))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"residentId\":\"%s\"}".formatted(residentId)))
			.andExpect(status().isOk());
	}

	private String applyAndAwaitDone(byte[] xlsx) throws Exception {
		String started = upload(xlsx, false).andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String jobId = JsonPath.read(started, "$.jobId");
		await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(JsonPath.read(readJob(jobId), "$.status")));
		return readJob(jobId);
	}

	private String readJob(String jobId) throws Exception {
		return this.mvc.perform(get("/api/talent/imports/{id}", jobId).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions upload(byte[] content, boolean dryRun) throws Exception {
		var request = multipart("/api/talent/imports").file(new MockMultipartFile("file", "社工名册.xlsx", XLSX, content))
			.with(Tokens.agencyHr(this.agency));
		return this.mvc.perform(dryRun ? request.param("dryRun", "true") : request);
	}

	/** Rows as {@code row:action:rule}. */
	private static List<String> rowsOf(String report) {
		List<Map<String, Object>> rows = JsonPath.read(report, "$.rows[*]");
		return rows.stream().map((row) -> row.get("row") + ":" + row.get("action") + ":" + row.get("rule")).toList();
	}

}
