package cn.shegong.procurement.staffing.model;

import cn.shegong.procurement.money.model.Money;

/**
 * One position an agency plans to fill on a project. The name is the one written in the
 * bid (it may be a placeholder such as "一线社工 A"), not a link to a worker record: at bid
 * time the person may not be hired yet.
 *
 * @param fteBasisPoints share of full time in basis points, 10000 being full time
 */
public record PlannedPosition(StaffRole role, String name, boolean certified, int fteBasisPoints, Money monthlySalary) {

	/** Full time in basis points. */
	public static final int FULL_TIME = 10_000;

	public PlannedPosition {
		if (role == null || name == null || name.isBlank() || monthlySalary == null) {
			throw new IllegalArgumentException("a planned position needs a role, a name and a monthly salary");
		}
		if (fteBasisPoints <= 0 || fteBasisPoints > FULL_TIME) {
			throw new IllegalArgumentException(
					"a position's FTE is between 1 and 10000 basis points, was " + fteBasisPoints + " for " + name);
		}
		if (monthlySalary.isNegative()) {
			throw new IllegalArgumentException("a salary cannot be negative, was " + monthlySalary + " for " + name);
		}
	}

	public boolean isFullTime() {
		return this.fteBasisPoints == FULL_TIME;
	}

	/** How the position is named in a refusal: its name and role. */
	public String label() {
		return this.name + " (" + this.role.chineseName() + ")";
	}

}
