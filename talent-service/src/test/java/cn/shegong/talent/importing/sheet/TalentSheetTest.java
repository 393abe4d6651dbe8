package cn.shegong.talent.importing.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.importing.model.Column;
import cn.shegong.talent.importing.model.SheetRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TalentSheetTest {

	private static final List<String> ENGLISH_HEADERS = List.of("name", "residentId", "education", "yearsOfService",
			"certificateLevel", "certificateNumber", "examYear", "registeredOn");

	@Test
	void englishHeadersInAnyOrderFindTheirColumnsAndRowNumbersAreTheOnesExcelShows() throws IOException {
		byte[] xlsx = workbook(List.of("备注", "residentId", "name", "education", "yearsOfService", "certificateLevel",
				"certificateNumber", "examYear", "registeredOn"), (sheet) -> {
					Row row = sheet.createRow(1);
					row.createCell(0).setCellValue("HR's own note");
					row.createCell(1).setCellValue("33048119900307123X");
					row.createCell(2).setCellValue("李娜");
				});

		List<SheetRow> rows = TalentSheet.read(xlsx, 10);

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.text(Column.NAME)).isEqualTo("李娜");
			assertThat(row.text(Column.RESIDENT_ID)).isEqualTo("33048119900307123X");
		});
	}

	@Test
	void aDateCellReadsAsAnIsoDateWhateverItsDisplayFormat() throws IOException {
		byte[] xlsx = workbook(ENGLISH_HEADERS, (sheet) -> {
			CellStyle chineseDate = sheet.getWorkbook().createCellStyle();
			chineseDate.setDataFormat(
					sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			Row row = sheet.createRow(1);
			row.createCell(7).setCellValue(LocalDate.of(2022, 3, 1));
			row.getCell(7).setCellStyle(chineseDate);
		});

		assertThat(TalentSheet.read(xlsx, 10).get(0).text(Column.REGISTERED_ON)).isEqualTo("2022-03-01");
	}

	@Test
	void aResidentIdTypedIntoANumberCellIsNotSilentlyRoundedIntoAnotherPersonsNumber() throws IOException {
		byte[] xlsx = workbook(ENGLISH_HEADERS,
				(sheet) -> sheet.createRow(1).createCell(1).setCellValue(330481199003071234d));

		String read = TalentSheet.read(xlsx, 10).get(0).text(Column.RESIDENT_ID);

		assertThat(read).isNotEqualTo("330481199003071234").doesNotMatch("\\d{17}[\\dX]");
	}

	@Test
	void aCsvFileIsRefusedAsNotAnXlsxWorkbook() {
		byte[] csv = "姓名,身份证号码\n李娜,x".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> TalentSheet.read(csv, 10)).isInstanceOfSatisfying(ProblemException.class,
				(ex) -> assertThat(ex.rule()).isEqualTo("import-file-not-xlsx"));
	}

	@Test
	void aZipThatIsNoWorkbookIsRefusedAsNotAnXlsxWorkbook() {
		byte[] notAWorkbook = { 'P', 'K', 3, 4, 0, 0, 0, 0 };

		assertThatThrownBy(() -> TalentSheet.read(notAWorkbook, 10)).isInstanceOfSatisfying(ProblemException.class,
				(ex) -> assertThat(ex.rule()).isEqualTo("import-file-not-xlsx"));
	}

	@Test
	void aSheetMissingHeadersNamesEachMissingOneInChinese() throws IOException {
		byte[] xlsx = workbook(List.of("姓名", "身份证号码"), (sheet) -> {
		});

		assertThatThrownBy(() -> TalentSheet.read(xlsx, 10)).isInstanceOfSatisfying(ProblemException.class, (ex) -> {
			assertThat(ex.rule()).isEqualTo("import-headers-missing");
			assertThat(ex.getMessage()).contains("学历", "从业年限", "证书等级", "证书编号", "考试年份", "登记日期").doesNotContain("入职日期");
		});
	}

	@Test
	void aSheetWithoutTheOptionalEmploymentStartColumnReadsItAsEmpty() throws IOException {
		byte[] xlsx = workbook(ENGLISH_HEADERS, (sheet) -> sheet.createRow(1).createCell(0).setCellValue("李娜"));

		assertThat(TalentSheet.read(xlsx, 10).get(0).text(Column.EMPLOYED_SINCE)).isEmpty();
	}

	@Test
	void anEmploymentStartDateCellReadsAsAnIsoDate() throws IOException {
		List<String> headers = new java.util.ArrayList<>(ENGLISH_HEADERS);
		headers.add("入职日期");
		byte[] xlsx = workbook(headers, (sheet) -> {
			CellStyle date = sheet.getWorkbook().createCellStyle();
			date.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row row = sheet.createRow(1);
			row.createCell(8).setCellValue(LocalDate.of(2023, 4, 1));
			row.getCell(8).setCellStyle(date);
		});

		assertThat(TalentSheet.read(xlsx, 10).get(0).text(Column.EMPLOYED_SINCE)).isEqualTo("2023-04-01");
	}

	@Test
	void aSheetLongerThanTheRowCapIsRefusedBeforeAnyRowIsChecked() throws IOException {
		byte[] xlsx = workbook(ENGLISH_HEADERS, (sheet) -> {
			for (int i = 1; i <= 3; i++) {
				sheet.createRow(i).createCell(0).setCellValue("worker " + i);
			}
		});

		assertThatThrownBy(() -> TalentSheet.read(xlsx, 2)).isInstanceOfSatisfying(ProblemException.class,
				(ex) -> assertThat(ex.rule()).isEqualTo("import-too-many-rows"));
	}

	private static byte[] workbook(List<String> headers, Consumer<Sheet> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			rows.accept(sheet);
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
