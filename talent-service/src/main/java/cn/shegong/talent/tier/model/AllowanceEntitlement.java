package cn.shegong.talent.tier.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * One worker's claim in a month's allowance run. The name is for the payroll sheet HR
 * hands to finance; it never leaves the service in an event.
 *
 * @param fteBasisPoints share of full time worked in the month, 10000 being full time, as
 * shown on the sheet (day-weighted where the share changed inside the month)
 * @param daysEmployed calendar days of the month the worker was employed
 * @param fteDays Σ (share × days) over the month's stretches, in basis-point days: what
 * the allowance is actually paid on, so a change of share inside the month is paid
 * exactly
 */
public record AllowanceEntitlement(String workerId, String workerName, Tier tier, int fteBasisPoints, int daysEmployed,
		long fteDays) {

	/** Full time in basis points. */
	public static final int FULL_TIME = 10_000;

	public AllowanceEntitlement {
		if (workerId == null || workerId.isBlank() || workerName == null || tier == null) {
			throw new IllegalArgumentException("an entitlement needs a worker id, a name and a tier");
		}
		if (fteBasisPoints <= 0 || fteBasisPoints > FULL_TIME) {
			throw ProblemException.ruleViolated("allowance-fte-out-of-range",
					"A worker's FTE is between 1 and 10000 basis points, was " + fteBasisPoints + " for " + workerId
							+ ".",
					fteBasisPoints, workerId);
		}
		if (fteDays < 0 || fteDays > (long) FULL_TIME * daysEmployed) {
			throw new IllegalArgumentException(
					"basis-point days lie between 0 and full time on every day employed, were " + fteDays + " for "
							+ daysEmployed + " days");
		}
	}

	/** One share of full time on every day employed. */
	public AllowanceEntitlement(String workerId, String workerName, Tier tier, int fteBasisPoints, int daysEmployed) {
		this(workerId, workerName, tier, fteBasisPoints, daysEmployed, (long) fteBasisPoints * daysEmployed);
	}

	/**
	 * Several stretches in the month: paid on their basis-point days, shown with the
	 * day-weighted share rounded half-up to the basis point.
	 */
	public static AllowanceEntitlement ofStretches(String workerId, String workerName, Tier tier, int daysEmployed,
			long fteDays) {
		int shown = (int) ((fteDays * 2 + daysEmployed) / (2L * daysEmployed));
		return new AllowanceEntitlement(workerId, workerName, tier, shown, daysEmployed, fteDays);
	}

	/** A worker employed full time for the whole month. */
	public static AllowanceEntitlement wholeMonth(String workerId, String workerName, Tier tier, int daysInMonth) {
		return new AllowanceEntitlement(workerId, workerName, tier, FULL_TIME, daysInMonth);
	}

}
