package cn.shegong.procurement.budget.model;

/**
 * What a line of a project budget pays for. Personnel is the category the budget rules
 * cap [SEED 003]; the others together make up the rest of the budget.
 */
public enum BudgetCategory {

	/** Salaries, social insurance and allowances of the project's staff. */
	PERSONNEL,
	/** Cases, groups, community activities and their materials. */
	ACTIVITIES,
	/** Administration, supervision, evaluation support and overheads. */
	MANAGEMENT,
	/** Anything else the buyer approved. */
	OTHER

}
