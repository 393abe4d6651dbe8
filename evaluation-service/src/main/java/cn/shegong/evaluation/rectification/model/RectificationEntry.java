package cn.shegong.evaluation.rectification.model;

import java.time.LocalDate;

/**
 * One step of a rectification's history, kept for good: a report, a return with its
 * reason, the verification.
 *
 * @param text the report, the reason of a return, or {@code null} for a verification
 */
public record RectificationEntry(Step step, String by, LocalDate on, String text) {

	public enum Step {

		SUBMITTED, RETURNED, VERIFIED

	}

}
