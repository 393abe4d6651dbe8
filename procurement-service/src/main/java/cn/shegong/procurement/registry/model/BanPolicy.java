package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

import cn.shegong.platform.problem.ProblemException;

/**
 * How long a final grade of 不合格 bars an agency from new bids. The default of 12 months
 * follows the local rule "barred the next year" [LOC, DOMAIN §4]; a city sets its own.
 * The ban starts on the day the grade became final, after the reply (申辩) window, never on
 * the provisional grade.
 */
public record BanPolicy(int banMonths) {

	/** The reason recorded on a ban caused by a failing final grade. */
	public static final String FINAL_GRADE_FAIL = "final-grade-fail";

	private static final int DEFAULT_BAN_MONTHS = 12;

	public BanPolicy {
		if (banMonths < 1) {
			throw ProblemException.ruleViolated("ban-months-not-positive",
					"a ban lasts at least 1 month, configured %d".formatted(banMonths), banMonths);
		}
	}

	public static BanPolicy defaults() {
		return new BanPolicy(DEFAULT_BAN_MONTHS);
	}

	/**
	 * The ban a failing final grade causes: from the day it became final for
	 * {@code banMonths} calendar months. Month arithmetic clamps to the month's end, so a
	 * grade final on 29 February 2024 bars bids up to 28 February 2025.
	 */
	public BanPeriod banFor(LocalDate finalFailOn, String evaluationId) {
		return new BanPeriod(finalFailOn, finalFailOn.plusMonths(this.banMonths), FINAL_GRADE_FAIL, evaluationId);
	}

}
