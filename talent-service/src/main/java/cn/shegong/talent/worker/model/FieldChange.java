package cn.shegong.talent.worker.model;

import java.util.Objects;

/** One field of a record as it was and as it became, both written as text. */
public record FieldChange(String field, String from, String to) {

	public FieldChange {
		Objects.requireNonNull(field, "field");
	}

}
