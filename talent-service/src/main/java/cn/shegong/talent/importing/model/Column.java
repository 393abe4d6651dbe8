package cn.shegong.talent.importing.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a talent import sheet, in the order HR keeps them. Headers are matched
 * by name, not position, so HR may reorder columns or add their own; each column accepts
 * its Chinese header and an English one. A sheet must have every column but the optional
 * ones.
 */
public enum Column {

	NAME("姓名", "name"),

	RESIDENT_ID("身份证号码", "身份证号", "residentId"),

	EDUCATION("学历", "education"),

	YEARS_OF_SERVICE("从业年限", "yearsOfService"),

	CERTIFICATE_LEVEL("证书等级", "certificateLevel"),

	CERTIFICATE_NUMBER("证书编号", "certificateNumber"),

	EXAM_YEAR("考试年份", "examYear"),

	REGISTERED_ON("登记日期", "registeredOn"),

	/** Optional: a sheet kept before the column existed still imports, as hired today. */
	EMPLOYED_SINCE(false, "入职日期", "employedSince");

	private final boolean required;

	private final List<String> headers;

	Column(String... headers) {
		this(true, headers);
	}

	Column(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	public boolean isRequired() {
		return this.required;
	}

	/** The Chinese header a template shows. */
	public String header() {
		return this.headers.get(0);
	}

	/** The column a header names; blanks, case and a trailing asterisk are forgiven. */
	public static Optional<Column> named(String header) {
		String wanted = normalised(header);
		for (Column column : values()) {
			if (column.headers.stream().map(Column::normalised).anyMatch(wanted::equals)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	private static String normalised(String header) {
		return (header != null) ? header.strip().replaceAll("[*＊]$", "").strip().toLowerCase(Locale.ROOT) : "";
	}

}
