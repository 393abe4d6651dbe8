package cn.shegong.talent.importing.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.importing.model.Column;
import cn.shegong.talent.importing.model.SheetRow;

/**
 * Reads the first sheet of an .xlsx workbook: row 1 holds the headers, every later row
 * one worker. Cells are read as the text Excel shows, so a resident ID typed into a
 * number cell keeps its digits and a date cell reads as {@code yyyy-MM-dd}. POI's
 * ZipSecureFile limits (inflation ratio, entry size) stay at their defaults: they are
 * what refuses a zip bomb before it fills the heap.
 */
public final class TalentSheet {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final DataFormatter AS_SHOWN = new DataFormatter();

	private TalentSheet() {
	}

	/**
	 * @param maxRows the most data rows accepted; a longer sheet is refused before any
	 * row is read
	 */
	public static List<SheetRow> read(byte[] xlsx, int maxRows) {
		if (xlsx.length < ZIP_MAGIC.length || !Arrays.equals(Arrays.copyOf(xlsx, ZIP_MAGIC.length), ZIP_MAGIC)) {
			throw notXlsx();
		}
		try (InputStream in = new ByteArrayInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			return rowsOf(workbook.getSheetAt(0), maxRows);
		}
		catch (ProblemException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Not a workbook, a damaged one, or one the zip-bomb guard refused: none of
			// them is the server's fault, and none of their messages is for the caller.
			throw notXlsx();
		}
	}

	private static List<SheetRow> rowsOf(Sheet sheet, int maxRows) {
		Map<Column, Integer> columns = columnsOf(sheet.getRow(sheet.getFirstRowNum()));
		int headerRow = sheet.getFirstRowNum();
		if (sheet.getLastRowNum() - headerRow > maxRows) {
			throw ProblemException.ruleViolated("import-too-many-rows",
					"A sheet may hold at most %d workers; split the file".formatted(maxRows), maxRows);
		}
		List<SheetRow> rows = new ArrayList<>();
		for (int index = headerRow + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			Map<Column, String> cells = new EnumMap<>(Column.class);
			columns.forEach((column, cellIndex) -> cells.put(column, textOf(row, cellIndex)));
			rows.add(new SheetRow(index + 1, cells));
		}
		return rows;
	}

	private static Map<Column, Integer> columnsOf(Row header) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		if (header != null) {
			for (Cell cell : header) {
				Optional<Column> column = Column.named(AS_SHOWN.formatCellValue(cell));
				column.ifPresent((named) -> columns.putIfAbsent(named, cell.getColumnIndex()));
			}
		}
		List<Column> missing = Arrays.stream(Column.values())
			.filter(Column::isRequired)
			.filter((column) -> !columns.containsKey(column))
			.toList();
		if (!missing.isEmpty()) {
			String headers = missing.stream().map(Column::header).collect(Collectors.joining(", "));
			throw ProblemException.ruleViolated("import-headers-missing",
					"The first row of the sheet lacks the headers %s".formatted(headers), headers);
		}
		return columns;
	}

	private static String textOf(Row row, int cellIndex) {
		Cell cell = (row != null) ? row.getCell(cellIndex) : null;
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return AS_SHOWN.formatCellValue(cell);
	}

	private static ProblemException notXlsx() {
		return ProblemException.ruleViolated("import-file-not-xlsx",
				"The file is not an Excel .xlsx workbook (an .xls or .csv must be saved as .xlsx first)");
	}

}
