package cn.shegong.talent.training.model;

/** What a continuing-education activity was about (继续教育类别). */
public enum TrainingCategory {

	/** 专业理论. */
	THEORY,
	/** 专业实务. */
	PRACTICE,
	/** 职业道德. */
	ETHICS,
	/** 政策法规. */
	POLICY,
	/** 督导. */
	SUPERVISION, OTHER

}
