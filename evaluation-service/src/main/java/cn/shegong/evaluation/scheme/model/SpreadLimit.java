package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;

import cn.shegong.platform.problem.ProblemException;

/**
 * How far evaluators' sheets may differ on one leaf before it is flagged for a second
 * look, as a share of that leaf's maximum in basis points (10000 = the whole leaf). A
 * share rather than points because leaves are small: 15 points would never flag a 5-point
 * leaf, while 15% flags a spread over 0.75 of it, as 15 points does on a 100-point leaf.
 *
 * @param basisPointsOfLeafMax the largest spread (max − min) that passes unflagged
 */
public record SpreadLimit(int basisPointsOfLeafMax) {

	private static final int WHOLE = 10_000;

	public SpreadLimit {
		if (basisPointsOfLeafMax < 0 || basisPointsOfLeafMax > WHOLE) {
			throw ProblemException.ruleViolated("invalid-spread-limit",
					"The spread limit is 0–10000 basis points of a leaf's maximum; was " + basisPointsOfLeafMax + ".",
					basisPointsOfLeafMax);
		}
	}

	/** 15% of the leaf's maximum: 15 points on a 100-point leaf. */
	public static SpreadLimit defaults() {
		return new SpreadLimit(1_500);
	}

	/** Whether a spread exceeds the limit; a spread exactly at it passes. */
	public boolean isExceededBy(BigDecimal spread, BigDecimal leafMax) {
		BigDecimal limitTimesWhole = leafMax.multiply(BigDecimal.valueOf(this.basisPointsOfLeafMax));
		return spread.multiply(BigDecimal.valueOf(WHOLE)).compareTo(limitTimesWhole) > 0;
	}

}
