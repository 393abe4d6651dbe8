package cn.shegong.talent.tier.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * One worker's claim in a month's allowance run. The name is for the payroll sheet HR
 * hands to finance; it never leaves the service in an event.
 *
 * @param fteBasisPoints share of full time worked in the month, 10000 being full time
 * @param daysEmployed calendar days of the month the worker was employed
 */
public record AllowanceEntitlement(String workerId, String workerName, Tier tier, int fteBasisPoints,
		int daysEmployed) {

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
	}

	/** A worker employed full time for the whole month. */
	public static AllowanceEntitlement wholeMonth(String workerId, String workerName, Tier tier, int daysInMonth) {
		return new AllowanceEntitlement(workerId, workerName, tier, FULL_TIME, daysInMonth);
	}

}
