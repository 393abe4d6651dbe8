package cn.shegong.evaluation.callback.application;

/** What a caller is shown of a callback sample. */
public enum SampleAccess {

	/** The sampled beneficiaries with their phone numbers: the evaluator who calls. */
	PHONES_IN_CLEAR,
	/** The sampled beneficiaries with masked numbers (138****5678). */
	PHONES_MASKED,
	/**
	 * Counts and the data quality only: the evaluated agency before its grade is final.
	 */
	WITHHELD

}
