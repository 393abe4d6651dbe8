package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;
import java.util.Map;

import cn.shegong.evaluation.scheme.model.ScorerRole;

/**
 * A checked sheet with its totals: each group's total (the sum of its leaves scored by
 * this role, unrounded) and the role's total on 100 points, rounded as the scheme rounds.
 *
 * @param role whose sheet it is
 * @param leafScores the leaves' scores as entered
 * @param groupTotals by group code, for the groups holding leaves of this role
 * @param roleTotal the role's leaf scores ÷ their maxima × 100
 */
public record SheetScore(ScorerRole role, Map<String, BigDecimal> leafScores, Map<String, BigDecimal> groupTotals,
		BigDecimal roleTotal) {

	public SheetScore {
		leafScores = Map.copyOf(leafScores);
		groupTotals = Map.copyOf(groupTotals);
	}

}
