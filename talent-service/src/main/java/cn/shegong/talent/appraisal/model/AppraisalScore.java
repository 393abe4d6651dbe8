package cn.shegong.talent.appraisal.model;

import java.math.BigDecimal;

import cn.shegong.platform.problem.ProblemException;

/**
 * A score on 100 points with at most two decimals, the way rating forms are filled in.
 * More decimals are refused rather than rounded: a rater who typed 87.125 meant something
 * the form cannot hold.
 */
public record AppraisalScore(BigDecimal points) implements Comparable<AppraisalScore> {

	static final int DECIMALS = 2;

	private static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);

	public AppraisalScore {
		if (points == null || points.signum() < 0 || points.compareTo(MAXIMUM) > 0) {
			throw ProblemException.ruleViolated("appraisal-score-out-of-range",
					"An appraisal score lies between 0 and 100, was " + points + ".", points);
		}
		if (points.stripTrailingZeros().scale() > DECIMALS) {
			throw ProblemException.ruleViolated("appraisal-score-too-precise",
					"An appraisal score has at most two decimals, was " + points + ".", points);
		}
		points = points.setScale(DECIMALS);
	}

	public static AppraisalScore of(String points) {
		return new AppraisalScore(new BigDecimal(points));
	}

	@Override
	public int compareTo(AppraisalScore other) {
		return this.points.compareTo(other.points);
	}

	@Override
	public String toString() {
		return this.points.toPlainString();
	}

}
