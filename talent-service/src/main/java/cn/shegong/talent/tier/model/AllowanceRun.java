package cn.shegong.talent.tier.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.shegong.platform.problem.ProblemException;

/**
 * An agency's allowance payroll for one month: a line per worker, in worker-id order so
 * that the same inputs always give the same sheet, and their total.
 */
public record AllowanceRun(String agencyId, YearMonth month, List<AllowanceLine> lines, Money total) {

	public AllowanceRun {
		lines = List.copyOf(lines);
	}

	/**
	 * Pays each worker the tier's monthly allowance × Σ(FTE × days employed) ÷ (full time
	 * × days in the month), rounded half-up to the fen once per line [OURS: pro rata by
	 * calendar day, as Chinese payroll usually prorates a partial month].
	 */
	public static AllowanceRun of(String agencyId, YearMonth month, AllowanceSchedule schedule,
			List<AllowanceEntitlement> entitlements) {
		refuseDuplicates(entitlements);
		List<AllowanceLine> lines = entitlements.stream()
			.sorted(Comparator.comparing(AllowanceEntitlement::workerId))
			.map((entitlement) -> lineFor(entitlement, month, schedule))
			.toList();
		Money total = lines.stream().map(AllowanceLine::due).reduce(Money.ZERO, Money::plus);
		return new AllowanceRun(agencyId, month, lines, total);
	}

	private static AllowanceLine lineFor(AllowanceEntitlement entitlement, YearMonth month,
			AllowanceSchedule schedule) {
		int days = month.lengthOfMonth();
		if (entitlement.daysEmployed() < 0 || entitlement.daysEmployed() > days) {
			throw ProblemException.ruleViolated("allowance-days-out-of-range",
					entitlement.workerId() + " is listed as employed " + entitlement.daysEmployed() + " days of "
							+ month + ", which has " + days + ".",
					entitlement.workerId(), entitlement.daysEmployed(), days);
		}
		Money monthly = schedule.monthlyFor(entitlement.tier());
		BigDecimal due = BigDecimal.valueOf(monthly.fen())
			.multiply(BigDecimal.valueOf(entitlement.fteDays()))
			.divide(BigDecimal.valueOf((long) AllowanceEntitlement.FULL_TIME * days), 0, RoundingMode.HALF_UP);
		return new AllowanceLine(entitlement, monthly, Money.ofFen(due.longValueExact()));
	}

	private static void refuseDuplicates(List<AllowanceEntitlement> entitlements) {
		Set<String> seen = new HashSet<>();
		for (AllowanceEntitlement entitlement : entitlements) {
			if (!seen.add(entitlement.workerId())) {
				throw ProblemException.ruleViolated("allowance-worker-listed-twice",
						entitlement.workerId() + " is listed twice in one month's allowance run.",
						entitlement.workerId());
			}
		}
	}

}
