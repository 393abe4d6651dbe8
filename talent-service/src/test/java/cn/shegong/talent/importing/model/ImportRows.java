package cn.shegong.talent.importing.model;

import java.util.EnumMap;
import java.util.Map;

/** Sheet rows for rule tests: a complete certified worker, changed one cell at a time. */
public final class ImportRows {

	private ImportRows() {
	}

	public static SheetRow certifiedWorker(int number, String residentId, String certificateNumber) {
		Map<Column, String> cells = new EnumMap<>(Column.class);
		cells.put(Column.NAME, "李娜");
		cells.put(Column.RESIDENT_ID, residentId);
		cells.put(Column.EDUCATION, "本科");
		cells.put(Column.YEARS_OF_SERVICE, "4");
		cells.put(Column.CERTIFICATE_LEVEL, "社会工作师");
		cells.put(Column.CERTIFICATE_NUMBER, certificateNumber);
		cells.put(Column.EXAM_YEAR, "2021");
		cells.put(Column.REGISTERED_ON, "2022-03-01");
		return new SheetRow(number, cells);
	}

	public static SheetRow with(SheetRow row, Column column, String text) {
		Map<Column, String> cells = new EnumMap<>(row.cells());
		cells.put(column, text);
		return new SheetRow(row.number(), cells);
	}

	public static SheetRow uncertified(SheetRow row) {
		SheetRow without = row;
		for (Column column : new Column[] { Column.CERTIFICATE_LEVEL, Column.CERTIFICATE_NUMBER, Column.EXAM_YEAR,
				Column.REGISTERED_ON }) {
			without = with(without, column, "");
		}
		return without;
	}

}
