package cn.shegong.evaluation.scoring.model;

/** The outcome of the finance check (财务审查) that can veto a grade [LOC Guangzhou]. */
public enum FinanceCheck {

	PASSED, FAILED

}
