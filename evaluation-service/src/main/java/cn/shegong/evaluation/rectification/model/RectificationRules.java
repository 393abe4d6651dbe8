package cn.shegong.evaluation.rectification.model;

import java.util.Set;

/**
 * Which final grades open a rectification and how long the agency has to report. 合格 opens
 * one for improvements (verifying it releases the held part of the tranche); 不合格 opens
 * one that a re-evaluation follows [DOMAIN §4, §6].
 *
 * @param deadlineDays calendar days from the final grade to the report's deadline
 */
public record RectificationRules(int deadlineDays) {

	private static final Set<String> RECTIFIED = Set.of("PASS", "FAIL");

	private static final String FAIL = "FAIL";

	public RectificationRules {
		if (deadlineDays < 1) {
			throw new IllegalArgumentException("a rectification deadline is at least one day, was " + deadlineDays);
		}
	}

	/** 30 days to report [OURS, configurable]. */
	public static RectificationRules defaults() {
		return new RectificationRules(30);
	}

	public static boolean gradeRequiresRectification(String grade) {
		return RECTIFIED.contains(grade);
	}

	/** Only a failing grade is graded again once its rectification is verified. */
	public static boolean reEvaluationFollows(String grade) {
		return FAIL.equals(grade);
	}

}
