package cn.shegong.talent.worker.model;

/** Highest completed education, as agencies report it to civil affairs. */
public enum Education {

	/** 高中/中专 or below. */
	SECONDARY,
	/** 大专. */
	JUNIOR_COLLEGE,
	/** 本科. */
	BACHELOR,
	/** 硕士. */
	MASTER,
	/** 博士. */
	DOCTORATE

}
