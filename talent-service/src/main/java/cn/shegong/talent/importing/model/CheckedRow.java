package cn.shegong.talent.importing.model;

/** A sheet row after the import rules looked at it: either valid or refused. */
public sealed interface CheckedRow permits ValidRow, RefusedRow {

	int rowNumber();

	/** The row's resident ID as it may be shown: masked, or empty if there was none. */
	String residentIdMasked();

}
