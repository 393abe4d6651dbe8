package cn.shegong.evaluation.evaluation.model;

import java.time.Period;

/**
 * The configurable numbers of the evaluation lifecycle. Every value is a default a city
 * may change; none of them is a constant in the rules.
 *
 * @param replyWindowWorkingDays working days after the provisional grade in which the
 * agency may file its reply (申辩), 5 by default [DOMAIN §4]
 * @param publicationDueDays calendar days after the grade is final by which the result is
 * due to be published, 15 by default [DOMAIN §4, SEED 004]
 * @param conflictLookback how far back an evaluator's employment by the agency
 * disqualifies them, 3 years by default [DOMAIN §6.4]
 * @param finalEvaluationLeadTime how long before the contract ends the final evaluation
 * is held, 1 month by default [DOMAIN §4]
 * @param spotCheckMinimumTerm a project must run longer than this to be spot-checked, 1
 * year by default [LOC Shenzhen]
 * @param spotCheckShareBasisPoints least share of eligible projects spot-checked each
 * year, rounded up, 3000 (30%) by default [LOC Shenzhen]
 * @param callbackShareBasisPoints share of reported beneficiaries called back, rounded
 * up, 1000 (10%) by default [OURS]
 * @param callbackMinimum fewest callbacks per sample, 5 by default [OURS]
 * @param callbackMaximum most callbacks per sample, 30 by default [OURS]
 * @param dataQualityFloorBasisPoints below this confirmed share the data-quality leaf
 * scores zero, 8000 (80%) by default [OURS]
 */
public record EvaluationRules(int replyWindowWorkingDays, int publicationDueDays, Period conflictLookback,
		Period finalEvaluationLeadTime, Period spotCheckMinimumTerm, int spotCheckShareBasisPoints,
		int callbackShareBasisPoints, int callbackMinimum, int callbackMaximum, int dataQualityFloorBasisPoints) {

	/** 10000 basis points are 100%. */
	public static final int WHOLE = 10_000;

	public EvaluationRules {
		requireAtLeast("replyWindowWorkingDays", replyWindowWorkingDays, 1);
		requireAtLeast("publicationDueDays", publicationDueDays, 0);
		requirePositive("conflictLookback", conflictLookback);
		requirePositive("finalEvaluationLeadTime", finalEvaluationLeadTime);
		requirePositive("spotCheckMinimumTerm", spotCheckMinimumTerm);
		requireBasisPoints("spotCheckShareBasisPoints", spotCheckShareBasisPoints);
		requireBasisPoints("callbackShareBasisPoints", callbackShareBasisPoints);
		requireAtLeast("callbackMinimum", callbackMinimum, 1);
		requireAtLeast("callbackMaximum", callbackMaximum, callbackMinimum);
		requireBasisPoints("dataQualityFloorBasisPoints", dataQualityFloorBasisPoints);
	}

	/** The defaults of DOMAIN.md §4 and §6. */
	public static EvaluationRules defaults() {
		return new EvaluationRules(5, 15, Period.ofYears(3), Period.ofMonths(1), Period.ofYears(1), 3000, 1000, 5, 30,
				8000);
	}

	private static void requireAtLeast(String name, int value, int least) {
		if (value < least) {
			throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
		}
	}

	private static void requireBasisPoints(String name, int value) {
		if (value < 0 || value > WHOLE) {
			throw new IllegalArgumentException(
					name + " must be between 0 and " + WHOLE + " basis points, was " + value);
		}
	}

	private static void requirePositive(String name, Period period) {
		if (period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive period, was " + period);
		}
	}

}
