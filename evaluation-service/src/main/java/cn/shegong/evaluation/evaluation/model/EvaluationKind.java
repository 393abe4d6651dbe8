package cn.shegong.evaluation.evaluation.model;

/** Why an evaluation is held [DOMAIN §2, §4]. */
public enum EvaluationKind {

	/** 中期评估, on the contract's mid-term milestone. */
	MID_TERM,
	/** 末期评估, one month (by default) before the contract ends. */
	FINAL,
	/** 年度抽查 of a project running longer than a year. */
	SPOT_CHECK,
	/** 复评: corrects an earlier, final evaluation; never edits it. */
	RE_EVALUATION

}
