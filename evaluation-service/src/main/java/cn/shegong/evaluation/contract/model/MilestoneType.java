package cn.shegong.evaluation.contract.model;

/** The kinds of contract milestone procurement sets (DOMAIN.md §2). */
public enum MilestoneType {

	MID_TERM, FINAL, QUARTERLY_MONITORING

}
