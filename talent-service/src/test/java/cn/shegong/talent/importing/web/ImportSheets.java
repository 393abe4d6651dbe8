package cn.shegong.talent.importing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.shegong.talent.importing.model.Column;

/**
 * Builds .xlsx workbooks the way HR keeps them: Chinese headers in row 1, resident IDs as
 * text, registration dates as real Excel date cells.
 */
final class ImportSheets {

	private final List<String> headers = new ArrayList<>(Arrays.stream(Column.values()).map(Column::header).toList());

	private final List<List<Object>> rows = new ArrayList<>();

	static ImportSheets withAllHeaders() {
		return new ImportSheets();
	}

	ImportSheets withoutHeader(Column column) {
		this.headers.remove(column.header());
		return this;
	}

	/**
	 * A worker row; {@code certificate} holds level, number, exam year and date, or
	 * nothing.
	 */
	ImportSheets row(String name, String residentId, String education, int years, Object... certificate) {
		List<Object> cells = new ArrayList<>(List.of(name, residentId, education, years));
		cells.addAll((certificate.length > 0) ? List.of(certificate) : List.of("", "", "", ""));
		this.rows.add(cells);
		return this;
	}

	/**
	 * An uncertified worker row with an employment start date: a {@link LocalDate} for a
	 * date cell, or text as typed.
	 */
	ImportSheets rowEmployedSince(Object since, String name, String residentId, String education, int years) {
		List<Object> cells = new ArrayList<>(List.of(name, residentId, education, years, "", "", "", ""));
		cells.add(this.headers.indexOf(Column.EMPLOYED_SINCE.header()), since);
		this.rows.add(cells);
		return this;
	}

	byte[] toXlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("社工名册");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < this.headers.size(); i++) {
				header.createCell(i).setCellValue(this.headers.get(i));
			}
			for (int r = 0; r < this.rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = this.rows.get(r);
				for (int c = 0; c < cells.size() && c < this.headers.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof Integer number) {
						row.createCell(c).setCellValue(number);
					}
					else if (value instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else {
						row.createCell(c).setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the workbook where a reader of the build output finds the layout by example.
	 */
	static void writeSample(byte[] xlsx) throws IOException {
		Path target = Path.of("target", "import-sample", "talent-import-sample.xlsx");
		Files.createDirectories(target.getParent());
		Files.write(target, xlsx);
	}

}
