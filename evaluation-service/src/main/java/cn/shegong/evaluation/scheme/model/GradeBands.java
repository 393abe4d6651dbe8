package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * The lowest score of each grade on a 100-point scale; below {@code passFrom} is 不合格.
 * Thresholds belong to the scheme (DOMAIN.md §6 [LOC Shenzhen, Zhanjiang]).
 */
public record GradeBands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom) {

	private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

	public GradeBands {
		Objects.requireNonNull(excellentFrom, "excellentFrom");
		Objects.requireNonNull(goodFrom, "goodFrom");
		Objects.requireNonNull(passFrom, "passFrom");
		if (passFrom.signum() <= 0 || goodFrom.compareTo(passFrom) <= 0 || excellentFrom.compareTo(goodFrom) <= 0
				|| excellentFrom.compareTo(FULL_MARKS) > 0) {
			throw ProblemException.ruleViolated("grade-bands-out-of-order",
					"Grade bands need 0 < pass < good < excellent <= 100; were " + passFrom.toPlainString() + ", "
							+ goodFrom.toPlainString() + ", " + excellentFrom.toPlainString() + ".",
					passFrom, goodFrom, excellentFrom);
		}
	}

	/** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. */
	public static GradeBands defaults() {
		return new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));
	}

	/**
	 * The grade the score falls in, judged on the score as published (already rounded).
	 */
	public Grade gradeOf(BigDecimal score) {
		if (score.compareTo(this.excellentFrom) >= 0) {
			return Grade.EXCELLENT;
		}
		if (score.compareTo(this.goodFrom) >= 0) {
			return Grade.GOOD;
		}
		return score.compareTo(this.passFrom) >= 0 ? Grade.PASS : Grade.FAIL;
	}

}
