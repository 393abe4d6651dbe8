package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shegong.evaluation.scheme.model.Indicator;
import cn.shegong.evaluation.scheme.model.IndicatorGroup;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.LeafIndicator;
import cn.shegong.platform.problem.ProblemException;

/**
 * Checks a role's sheet against the scheme and totals it bottom-up. A role's total is
 * normalised to 100 points so that the composite weighs roles, not the number of leaves
 * each happens to score.
 */
public final class SheetScoring {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private SheetScoring() {
	}

	public static SheetScore score(IndicatorScheme scheme, LeafScores sheet) {
		List<LeafIndicator> leaves = scheme.leavesScoredBy(sheet.role());
		if (leaves.isEmpty()) {
			throw ProblemException.ruleViolated("role-scores-no-leaves",
					sheet.role() + " scores no leaf of scheme " + scheme.id() + " version " + scheme.version() + ".",
					sheet.role());
		}
		requireOnlyOwnLeaves(scheme, sheet);
		for (LeafIndicator leaf : leaves) {
			requireInRange(leaf, sheet.of(leaf.code()));
		}
		Map<String, BigDecimal> groupTotals = new HashMap<>();
		scheme.roots().forEach(root -> totalOf(root, sheet, groupTotals));
		BigDecimal scored = sum(leaves.stream().map(leaf -> sheet.of(leaf.code())).toList());
		BigDecimal max = sum(leaves.stream().map(LeafIndicator::max).toList());
		BigDecimal roleTotal = scheme.settings().rounding().divide(scored.multiply(HUNDRED), max);
		return new SheetScore(sheet.role(), sheet.scores(), groupTotals, roleTotal);
	}

	private static void requireOnlyOwnLeaves(IndicatorScheme scheme, LeafScores sheet) {
		for (String code : Set.copyOf(sheet.scores().keySet())) {
			LeafIndicator leaf = scheme.leaf(code)
				.orElseThrow(() -> ProblemException.ruleViolated("leaf-not-in-scheme",
						"Leaf " + code + " is not in scheme " + scheme.id() + " version " + scheme.version() + ".",
						code));
			if (leaf.scorer() != sheet.role()) {
				throw ProblemException.ruleViolated("leaf-scored-by-another-role",
						"Leaf " + code + " is scored by " + leaf.scorer() + ", not by " + sheet.role() + ".", code,
						leaf.scorer(), sheet.role());
			}
		}
	}

	private static void requireInRange(LeafIndicator leaf, BigDecimal score) {
		if (score == null) {
			throw ProblemException.ruleViolated("leaf-score-missing",
					"Leaf " + leaf.code() + " (" + leaf.name() + ") has no score.", leaf.code());
		}
		if (score.signum() < 0 || score.compareTo(leaf.max()) > 0) {
			String rule = score.signum() < 0 ? "leaf-score-negative" : "leaf-score-above-max";
			throw ProblemException.ruleViolated(rule, "Leaf " + leaf.code() + " scored " + score.toPlainString()
					+ "; it is scored from 0 to " + leaf.max().toPlainString() + ".", leaf.code(), score, leaf.max());
		}
	}

	/** The indicator's total over this role's leaves, or null when it holds none. */
	private static BigDecimal totalOf(Indicator indicator, LeafScores sheet, Map<String, BigDecimal> groupTotals) {
		if (indicator instanceof LeafIndicator leaf) {
			return leaf.scorer() == sheet.role() ? sheet.of(leaf.code()) : null;
		}
		IndicatorGroup group = (IndicatorGroup) indicator;
		BigDecimal total = null;
		for (Indicator child : group.children()) {
			BigDecimal childTotal = totalOf(child, sheet, groupTotals);
			if (childTotal != null) {
				total = total == null ? childTotal : total.add(childTotal);
			}
		}
		if (total != null) {
			groupTotals.put(group.code(), total);
		}
		return total;
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
