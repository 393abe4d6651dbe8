package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * How a measured percentage becomes a leaf's score: nothing at or below the floor, full
 * marks at or above the target, linear in between. A floor equal to the target makes it
 * all or nothing (a staffing requirement is met or it is not).
 *
 * @param floorPercent the figure that earns nothing
 * @param targetPercent the figure that earns full marks
 */
public record FigureMapping(BigDecimal floorPercent, BigDecimal targetPercent) {

	public FigureMapping {
		Objects.requireNonNull(floorPercent, "floorPercent");
		Objects.requireNonNull(targetPercent, "targetPercent");
		if (floorPercent.signum() < 0 || floorPercent.compareTo(targetPercent) > 0) {
			throw ProblemException.ruleViolated(
					"figure-mapping-floor-above-target", "A figure mapping needs 0 <= floor <= target; floor was "
							+ floorPercent.toPlainString() + "%, target " + targetPercent.toPlainString() + "%.",
					floorPercent, targetPercent);
		}
	}

	public static FigureMapping linear(String floorPercent, String targetPercent) {
		return new FigureMapping(new BigDecimal(floorPercent), new BigDecimal(targetPercent));
	}

	public static FigureMapping allOrNothingAt(String targetPercent) {
		return linear(targetPercent, targetPercent);
	}

	/** The leaf's score for a figure, rounded as the scheme rounds. */
	public BigDecimal scoreFor(BigDecimal figurePercent, BigDecimal leafMax, ScoreRounding rounding) {
		if (figurePercent.compareTo(this.targetPercent) >= 0) {
			return rounding.apply(leafMax);
		}
		if (figurePercent.compareTo(this.floorPercent) <= 0) {
			return rounding.apply(BigDecimal.ZERO);
		}
		BigDecimal above = figurePercent.subtract(this.floorPercent);
		return rounding.divide(leafMax.multiply(above), this.targetPercent.subtract(this.floorPercent));
	}

}
