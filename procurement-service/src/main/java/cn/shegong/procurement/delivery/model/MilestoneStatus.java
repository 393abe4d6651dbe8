package cn.shegong.procurement.delivery.model;

import cn.shegong.procurement.payment.model.Grade;

/**
 * Where a contract milestone stands: scheduled, due once its day has come, then met,
 * partially met or not met as its evaluation's grade says.
 */
public enum MilestoneStatus {

	SCHEDULED, DUE, MET, PARTIALLY_MET, NOT_MET;

	/**
	 * 优秀 and 良好 meet the milestone, 合格 meets it partly (part of its tranche is held), 不合格
	 * or a veto does not meet it.
	 */
	public static MilestoneStatus judgedBy(Grade grade, boolean veto) {
		if (veto) {
			return NOT_MET;
		}
		return switch (grade) {
			case EXCELLENT, GOOD -> MET;
			case PASS -> PARTIALLY_MET;
			case FAIL -> NOT_MET;
		};
	}

	public boolean isJudged() {
		return this == MET || this == PARTIALLY_MET || this == NOT_MET;
	}

}
