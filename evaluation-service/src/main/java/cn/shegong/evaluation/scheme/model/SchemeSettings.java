package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * Everything a city configures about a scheme beyond its tree; the defaults are DOMAIN.md
 * §6's.
 *
 * @param total what the top-level weights sum to: 100, or a points total
 * @param levels the depth of the tree; every leaf sits at this level
 * @param split the qualitative:quantitative split
 * @param rounding scale and rounding mode of weighted scores
 * @param bands the grade thresholds
 * @param composite the weight of each scoring role's total
 * @param spreadLimit when evaluators' sheets differ too much on a leaf
 * @param financeVeto whether a failed finance check makes the grade 不合格 [LOC Guangzhou]
 */
public record SchemeSettings(BigDecimal total, int levels, QualitativeSplit split, ScoreRounding rounding,
		GradeBands bands, CompositeWeights composite, SpreadLimit spreadLimit, boolean financeVeto) {

	private static final int MOST_LEVELS = 3;

	public SchemeSettings {
		Objects.requireNonNull(total, "total");
		Objects.requireNonNull(split, "split");
		Objects.requireNonNull(rounding, "rounding");
		Objects.requireNonNull(bands, "bands");
		Objects.requireNonNull(composite, "composite");
		Objects.requireNonNull(spreadLimit, "spreadLimit");
		if (total.signum() <= 0 || levels < 1 || levels > MOST_LEVELS) {
			throw ProblemException.ruleViolated("invalid-scheme-settings", "A scheme totals a positive number over 1–"
					+ MOST_LEVELS + " levels; was " + total.toPlainString() + " over " + levels + ".", total, levels);
		}
	}

	/**
	 * 100 points over 3 levels, 25:75 exact, 2 decimals half up, 90/80/60, 70/20/10, 15%,
	 * veto on.
	 */
	public static SchemeSettings defaults() {
		return new SchemeSettings(BigDecimal.valueOf(100), MOST_LEVELS, QualitativeSplit.defaults(),
				ScoreRounding.defaults(), GradeBands.defaults(), CompositeWeights.defaults(), SpreadLimit.defaults(),
				true);
	}

	public SchemeSettings withRounding(ScoreRounding rounding) {
		return new SchemeSettings(this.total, this.levels, this.split, rounding, this.bands, this.composite,
				this.spreadLimit, this.financeVeto);
	}

	public SchemeSettings withComposite(CompositeWeights composite) {
		return new SchemeSettings(this.total, this.levels, this.split, this.rounding, this.bands, composite,
				this.spreadLimit, this.financeVeto);
	}

	public SchemeSettings withSplit(QualitativeSplit split) {
		return new SchemeSettings(this.total, this.levels, split, this.rounding, this.bands, this.composite,
				this.spreadLimit, this.financeVeto);
	}

}
