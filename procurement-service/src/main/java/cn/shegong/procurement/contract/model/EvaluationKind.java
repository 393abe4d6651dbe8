package cn.shegong.procurement.contract.model;

/** The kinds of finalized evaluation that decide about a contract's money. */
public enum EvaluationKind {

	/** Grades the mid-term milestone and settles the mid-term tranche. */
	MID_TERM,
	/**
	 * Grades the final milestone, settles the last tranche and completes the contract.
	 */
	FINAL,
	/** Grades a milestone again after rectification; decides on what was withheld. */
	RE_EVALUATION

}
