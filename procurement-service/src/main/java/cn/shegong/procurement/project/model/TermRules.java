package cn.shegong.procurement.project.model;

import java.time.Period;

/**
 * How long a service contract may run [NAT]: one year normally, up to three where allowed
 * and the reason is stated. Defaults; a city configures its own.
 */
public record TermRules(Period standardMaximum, Period extendedMaximum, Period finalEvaluationBeforeEnd) {

	public TermRules {
		if (standardMaximum.isNegative() || extendedMaximum.isNegative()
				|| extendedMaximum.toTotalMonths() < standardMaximum.toTotalMonths()) {
			throw new IllegalArgumentException("the extended maximum term must be at least the standard one");
		}
	}

	public static TermRules defaults() {
		return new TermRules(Period.ofYears(1), Period.ofYears(3), Period.ofMonths(1));
	}

}
