package cn.shegong.evaluation.evaluation.model;

/** Where an evaluation stands in its lifecycle [DOMAIN §6]. */
public enum EvaluationStatus {

	PLANNED, ASSIGNED, SELF_ASSESSMENT_SUBMITTED, SCORING, CONSOLIDATED,
	/** Graded; the reply window (申辩期) is open or a reply awaits its answer. */
	PROVISIONAL,
	/** The grade is final and passing; publication is due. */
	FINAL,
	/** Final and published. */
	PUBLISHED,
	/**
	 * The grade is final and failing (不合格): a rectification and a re-evaluation are due.
	 * Publication is recorded on the evaluation without leaving this status.
	 */
	RECTIFICATION_REQUIRED;

	/** Whether the grade can no longer change: a correction needs a re-evaluation. */
	public boolean isGradeFinal() {
		return this == FINAL || this == PUBLISHED || this == RECTIFICATION_REQUIRED;
	}

}
