package cn.shegong.e2e;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import static cn.shegong.e2e.ProcurementSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * HR's Excel import through the gateway with real tokens: a dry run reports the bad row
 * by its rule and writes nothing, the import applies the good rows in the background with
 * progress to follow, and importing the same file again changes nothing.
 */
@ExtendWith(LocalPlatform.class)
class TalentImportIT {

	private static final List<String> HEADERS = List.of("姓名", "身份证号码", "学历", "从业年限", "证书等级", "证书编号", "考试年份", "登记日期");

	@Test
	void hrImportsAWorkbookOnceWhateverHowOftenItIsUploaded() throws Exception {
		String good = ResidentIds.next();
		String bad = ResidentIds.next();
		String wrongCheck = bad.substring(0, 17) + ((bad.charAt(17) == '1') ? '2' : '1');
		byte[] workbook = workbook(
				List.of(List.of("赵社工", good, "本科", "5", "助理社会工作师", "ZS-" + UUID.randomUUID(), "2022", "2024-03-01"),
						List.of("钱社工", ResidentIds.next(), "大专", "2", "", "", "", ""),
						List.of("孙社工", wrongCheck, "本科", "3", "", "", "", "")));

		JsonNode dryRun = ok(Http.upload("/api/talent/imports?dryRun=true", "hr.xiashi", "员工.xlsx", workbook), 200);
		assertThat(dryRun.get("ok").asLong()).isEqualTo(2);
		assertThat(dryRun.get("bad").asLong()).isEqualTo(1);
		assertThat(dryRun.toString()).contains("resident-id-check-digit-invalid").doesNotContain(good.substring(0, 17));

		JsonNode first = awaitDone(ok(Http.upload("/api/talent/imports", "hr.xiashi", "员工.xlsx", workbook), 202));
		assertThat(first.get("ok").asLong()).isEqualTo(2);
		assertThat(Http.getAs("/api/talent/imports/" + first.get("jobId").asString(), "hr.maqiao").status())
			.isEqualTo(404);

		JsonNode again = awaitDone(ok(Http.upload("/api/talent/imports", "hr.xiashi", "员工.xlsx", workbook), 202));
		assertThat(again.at("/rows").findValuesAsString("action")).doesNotContain("CREATE", "UPDATE");
		Http.Response found = Http.post("/api/talent/workers/search", "hr.xiashi", "{\"residentId\":\"" + good + "\"}");
		assertThat(found.status()).as(found.body()).isEqualTo(200);
	}

	private static JsonNode awaitDone(JsonNode started) {
		String path = "/api/talent/imports/" + started.get("jobId").asString();
		AtomicReference<JsonNode> job = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
			job.set(ok(Http.getAs(path, "hr.xiashi"), 200));
			return "DONE".equals(job.get().get("status").asString());
		});
		return job.get();
	}

	private static byte[] workbook(List<List<String>> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("社工");
			write(sheet.createRow(0), HEADERS);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), rows.get(i));
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				row.createCell(i).setCellValue(cells.get(i));
			}
		}
	}

}
