package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;

/**
 * A node of an indicator tree: a group of indicators or a leaf that is scored. Its weight
 * is its share of the scheme's total, so siblings sum to their parent's weight and a
 * leaf's weight is the most it can score.
 */
public sealed interface Indicator permits IndicatorGroup, LeafIndicator {

	String code();

	String name();

	BigDecimal weight();

}
