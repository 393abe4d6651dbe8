package cn.shegong.talent.importing.model;

import java.util.Map;

/**
 * One data row of an import sheet as text, before any rule looks at it. Dates arrive as
 * {@code yyyy-MM-dd} whatever way the cell was formatted.
 *
 * @param number the row number HR sees in Excel (the header is row 1)
 */
public record SheetRow(int number, Map<Column, String> cells) {

	public SheetRow {
		cells = Map.copyOf(cells);
	}

	/** The stripped text of a cell; empty when the cell is blank or absent. */
	public String text(Column column) {
		String value = this.cells.get(column);
		return (value != null) ? value.strip() : "";
	}

	public boolean isBlank() {
		return this.cells.values().stream().allMatch(String::isBlank);
	}

	@Override
	public String toString() {
		return "SheetRow[" + this.number + "]";
	}

}
