package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * The scale and rounding mode of weighted scores, owned by the scheme because cities
 * round their published results differently. Where it applies: leaf scores stay as
 * entered; automatic leaves, each role's total, the mean of several sheets and the
 * composite are rounded to it, once each.
 *
 * @param scale decimals kept, 0 to {@value #MOST_DECIMALS}
 * @param mode how the dropped digits are rounded; {@code UNNECESSARY} is refused
 */
public record ScoreRounding(int scale, RoundingMode mode) {

	private static final int MOST_DECIMALS = 4;

	public ScoreRounding {
		Objects.requireNonNull(mode, "mode");
		if (scale < 0 || scale > MOST_DECIMALS || mode == RoundingMode.UNNECESSARY) {
			throw ProblemException.ruleViolated("invalid-score-rounding",
					"Scores are rounded to 0–" + MOST_DECIMALS + " decimals with a rounding mode other than"
							+ " UNNECESSARY; was " + scale + " decimals " + mode + ".",
					scale, mode);
		}
	}

	/** Two decimals, half up. */
	public static ScoreRounding defaults() {
		return new ScoreRounding(2, RoundingMode.HALF_UP);
	}

	public BigDecimal apply(BigDecimal score) {
		return score.setScale(this.scale, this.mode);
	}

	/** Divides and rounds once, so a non-terminating quotient is never an error. */
	public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, this.scale, this.mode);
	}

}
