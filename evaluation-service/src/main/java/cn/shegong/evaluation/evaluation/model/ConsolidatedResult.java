package cn.shegong.evaluation.evaluation.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The consolidated outcome of the scoring, as the scheme computed it (score with the
 * scheme's scale, grade label from the scheme's bands). A plain input here, so that the
 * lifecycle does not depend on the scoring code.
 *
 * @param failed whether the grade is the failing one (不合格); a veto always fails [LOC
 * Guangzhou]
 */
public record ConsolidatedResult(BigDecimal score, String grade, boolean vetoed, boolean failed) {

	public ConsolidatedResult {
		Objects.requireNonNull(score, "score");
		if (grade == null || grade.isBlank()) {
			throw new IllegalArgumentException("a consolidated result needs a grade");
		}
		if (vetoed && !failed) {
			throw new IllegalArgumentException("a vetoed result fails whatever its score, was graded " + grade);
		}
	}

}
