package cn.shegong.talent.importing.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.shegong.platform.test.ServiceIntegrationTest;
import cn.shegong.platform.test.Tokens;
import cn.shegong.talent.worker.model.ResidentIds;
import cn.shegong.talent.worker.web.WorkerApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TalentImportIT {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	private final String agency = "agency-" + UUID.randomUUID();

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> responses = new ArrayList<>();

	@Test
	void aDryRunReportsEveryRowAndApplyingTwiceCreatesTheGoodRowsOnce(CapturedOutput output) throws Exception {
		String certified = ResidentIds.fresh();
		String uncertified = ResidentIds.fresh();
		String alreadyHere = ResidentIds.fresh();
		String wrongCheck = ResidentIds.withWrongCheckDigit(ResidentIds.fresh());
		String unknownLevel = ResidentIds.fresh();
		String noName = ResidentIds.fresh();
		String futureExam = ResidentIds.fresh();
		int nextYear = LocalDate.now(this.clock).getYear() + 1;
		new WorkerApi(this.mvc).register(Tokens.agencyHr(this.agency), "王芳", alreadyHere)
			.andExpect(status().isCreated());
		byte[] xlsx = ImportSheets.withAllHeaders()
			.row("李娜", certified, "本科", 4, "社会工作师", "S-" + this.suffix + "-1", 2021, LocalDate.of(2022, 3, 1))
			.row("赵强", uncertified, "大专", 1)
			.row("王芳", alreadyHere, "本科", 3, "助理社会工作师", "A-" + this.suffix + "-2", 2020, "2021-05-10")
			.row("钱伟", wrongCheck, "本科", 2)
			.row("孙丽", unknownLevel, "硕士", 6, "督导", "X-" + this.suffix + "-3", 2019, "2020-01-01")
			.row("李娜", certified, "本科", 4)
			.row("", noName, "本科", 2)
			.row("周杰", futureExam, "本科", 2, "社会工作师", "S-" + this.suffix + "-4", nextYear, "2024-01-01")
			.toXlsx();
		ImportSheets.writeSample(xlsx);

		String dryRun = remember(upload(xlsx, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.ok").value(3))
			.andExpect(jsonPath("$.bad").value(5)));

		assertThat(rowsOf(dryRun, "OK")).containsExactly("2:CREATE:null", "3:CREATE:null", "4:UPDATE:null");
		assertThat(rowsOf(dryRun, "BAD")).containsExactly("5:NONE:resident-id-check-digit-invalid",
				"6:NONE:import-certificate-level-unknown", "7:NONE:import-resident-id-duplicate-in-file",
				"8:NONE:worker-name-required", "9:NONE:certificate-exam-year-invalid");
		assertThat(workersOfAgency()).isEqualTo(1);
		assertThat(certificatesNumbered()).isZero();
		remember(upload(xlsx, true, "TRUE").andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(3)));
		assertThat(workersOfAgency()).isEqualTo(1);

		String firstJob = applyAndAwaitDone(xlsx);
		assertThat(rowsOf(firstJob, "OK")).containsExactly("2:CREATE:null", "3:CREATE:null", "4:UPDATE:null");
		assertThat(rowsOf(firstJob, "BAD")).hasSize(5);
		assertThat(workersOfAgency()).isEqualTo(3);
		assertThat(certificatesNumbered()).isEqualTo(2);

		String secondJob = applyAndAwaitDone(xlsx);
		assertThat(rowsOf(secondJob, "OK")).containsExactly("2:ALREADY_PRESENT:null", "3:ALREADY_PRESENT:null",
				"4:ALREADY_PRESENT:null");
		assertThat(workersOfAgency()).isEqualTo(3);
		assertThat(certificatesNumbered()).isEqualTo(2);

		String jobId = JsonPath.read(secondJob, "$.jobId");
		remember(this.mvc
			.perform(get("/api/talent/imports/{id}", jobId).with(Tokens.agencyHr("agency-" + UUID.randomUUID())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("import-job-not-found"))));

		List<String> seventeenDigits = List
			.of(certified, uncertified, alreadyHere, wrongCheck, unknownLevel, noName, futureExam)
			.stream()
			.map((number) -> number.substring(0, 17))
			.toList();
		String storedJobs = this.mongo
			.find(Query.query(Criteria.where("agencyId").is(this.agency)), Document.class, "import_jobs")
			.toString();
		assertThat(storedJobs).contains(jobId).contains("3304**********");
		assertThat(output.getAll()).contains(jobId);
		for (String digits : seventeenDigits) {
			assertThat(storedJobs).doesNotContain(digits);
			assertThat(this.responses).noneMatch((response) -> response.contains(digits));
			assertThat(output.getAll()).doesNotContain(digits);
		}
	}

	@Test
	void aFileThatIsNotAnXlsxWorkbookIsRefusedByName() throws Exception {
		upload("姓名,身份证号码\n李娜,3304".getBytes(java.nio.charset.StandardCharsets.UTF_8), true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("import-file-not-xlsx")));
	}

	@Test
	void aSheetLackingAHeaderIsRefusedAndTheMissingHeaderNamed() throws Exception {
		byte[] xlsx = ImportSheets.withAllHeaders()
			.withoutHeader(cn.shegong.talent.importing.model.Column.EXAM_YEAR)
			.toXlsx();

		upload(xlsx, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("import-headers-missing")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("考试年份")));
	}

	@Test
	void aFileOverTheSizeCapIsRefusedBeforeItIsRead() throws Exception {
		byte[] sixMegabytes = new byte[6 * 1024 * 1024];

		upload(sixMegabytes, false).andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("import-file-too-large")));
	}

	@Test
	void theApiDescriptionTellsHrTheSheetLayoutAndTheRefusals() throws Exception {
		String description = JsonPath.read(
				this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(),
				"$.paths['/api/talent/imports'].post.description");

		assertThat(description).contains("姓名", "身份证号码", "学历", "从业年限", "证书等级", "证书编号", "考试年份", "登记日期",
				"import-file-too-large", "import-headers-missing", "dryRun=true");
	}

	private String applyAndAwaitDone(byte[] xlsx) throws Exception {
		String started = remember(
				upload(xlsx, false).andExpect(status().isAccepted()).andExpect(jsonPath("$.total").value(8)));
		String jobId = JsonPath.read(started, "$.jobId");
		await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(JsonPath.read(readJob(jobId), "$.status")));
		String done = remember(
				this.mvc.perform(get("/api/talent/imports/{id}", jobId).with(Tokens.agencyHr(this.agency)))
					.andExpect(jsonPath("$.done").value(8)));
		return done;
	}

	private String readJob(String jobId) throws Exception {
		return this.mvc.perform(get("/api/talent/imports/{id}", jobId).with(Tokens.agencyHr(this.agency)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions upload(byte[] content, boolean dryRun) throws Exception {
		return upload(content, dryRun, "true");
	}

	private ResultActions upload(byte[] content, boolean dryRun, String spelledTrue) throws Exception {
		var request = multipart("/api/talent/imports").file(new MockMultipartFile("file", "社工名册.xlsx", XLSX, content))
			.with(Tokens.agencyHr(this.agency));
		return this.mvc.perform(dryRun ? request.param("dryRun", spelledTrue) : request);
	}

	private String remember(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		this.responses.add(body);
		return body;
	}

	/** Rows with the outcome as {@code row:action:rule}. */
	private static List<String> rowsOf(String report, String outcome) {
		List<java.util.Map<String, Object>> rows = JsonPath.read(report, "$.rows[?(@.outcome == '" + outcome + "')]");
		return rows.stream().map((row) -> row.get("row") + ":" + row.get("action") + ":" + row.get("rule")).toList();
	}

	private long workersOfAgency() {
		return this.mongo.count(Query.query(Criteria.where("employerId").is(this.agency)), "workers");
	}

	private long certificatesNumbered() {
		return this.mongo.count(Query.query(Criteria.where("number").regex(".*-" + this.suffix + "-.*")),
				"certificates");
	}

}
