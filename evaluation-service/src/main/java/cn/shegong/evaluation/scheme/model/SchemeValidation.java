package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.shegong.platform.problem.ProblemException;

/** The rules a tree must meet before it is published; the first broken one refuses it. */
final class SchemeValidation {

	private static final BigDecimal WHOLE = BigDecimal.valueOf(10_000);

	private SchemeValidation() {
	}

	static void check(SchemeSettings settings, List<Indicator> roots, List<LeafIndicator> leaves) {
		requireSiblingsSumTo(settings.total(), "the scheme's total", roots);
		checkLevel(settings, roots, 1, new HashSet<>());
		checkSplit(settings, leaves);
		checkRoles(settings.composite(), leaves);
	}

	private static void checkLevel(SchemeSettings settings, List<Indicator> siblings, int level, Set<String> codes) {
		for (Indicator indicator : siblings) {
			if (!codes.add(indicator.code())) {
				throw ProblemException.ruleViolated("indicator-code-duplicate",
						"Indicator code " + indicator.code() + " is used more than once.", indicator.code());
			}
			if (indicator.weight().signum() <= 0) {
				throw ProblemException.ruleViolated(
						"indicator-weight-not-positive", "Indicator " + indicator.code() + " has weight "
								+ indicator.weight().toPlainString() + "; weights must be positive.",
						indicator.code(), indicator.weight());
			}
			if (indicator instanceof IndicatorGroup group) {
				checkGroup(settings, group, level, codes);
			}
			else if (level < settings.levels()) {
				throw ProblemException.ruleViolated(
						"leaf-above-bottom-level", "Leaf " + indicator.code() + " sits at level " + level
								+ "; leaves sit at level " + settings.levels() + ".",
						indicator.code(), level, settings.levels());
			}
		}
	}

	private static void checkGroup(SchemeSettings settings, IndicatorGroup group, int level, Set<String> codes) {
		if (level >= settings.levels()) {
			throw ProblemException.ruleViolated(
					"indicator-tree-too-deep", "Indicator " + group.code() + " has children below level " + level
							+ "; the scheme has " + settings.levels() + " levels.",
					group.code(), level + 1, settings.levels());
		}
		if (group.children().isEmpty()) {
			throw ProblemException.ruleViolated("indicator-group-empty",
					"Indicator " + group.code() + " is a group with no indicators under it.", group.code());
		}
		requireSiblingsSumTo(group.weight(), "indicator " + group.code(), group.children());
		checkLevel(settings, group.children(), level + 1, codes);
	}

	private static void requireSiblingsSumTo(BigDecimal expected, String parent, List<Indicator> siblings) {
		BigDecimal sum = siblings.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(expected) != 0) {
			throw ProblemException.ruleViolated("indicator-weights-do-not-sum", "The weights under " + parent
					+ " sum to " + sum.toPlainString() + "; they must sum to " + expected.toPlainString() + ".", parent,
					sum, expected);
		}
	}

	private static void checkSplit(SchemeSettings settings, List<LeafIndicator> leaves) {
		BigDecimal qualitative = leaves.stream()
			.filter(leaf -> leaf.nature() == IndicatorNature.QUALITATIVE)
			.map(LeafIndicator::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// compared as qualitative × 10000 against share × total, so no division rounds
		BigDecimal actual = qualitative.multiply(WHOLE);
		QualitativeSplit split = settings.split();
		BigDecimal expected = BigDecimal.valueOf(split.qualitativeBasisPoints()).multiply(settings.total());
		BigDecimal tolerance = BigDecimal.valueOf(split.toleranceBasisPoints()).multiply(settings.total());
		if (actual.subtract(expected).abs().compareTo(tolerance) > 0) {
			BigDecimal share = actual.divide(settings.total(), 0, RoundingMode.HALF_UP);
			throw ProblemException.ruleViolated("qualitative-split-mismatch",
					"Qualitative leaves weigh " + qualitative.toPlainString() + " of "
							+ settings.total().toPlainString() + " (" + share + " basis points); the scheme wants "
							+ split.qualitativeBasisPoints() + " ± " + split.toleranceBasisPoints() + ".",
					qualitative, share, split.qualitativeBasisPoints(), split.toleranceBasisPoints());
		}
	}

	private static void checkRoles(CompositeWeights composite, List<LeafIndicator> leaves) {
		Set<ScorerRole> scoring = EnumSet.noneOf(ScorerRole.class);
		for (LeafIndicator leaf : leaves) {
			if (!composite.counts(leaf.scorer())) {
				throw ProblemException.ruleViolated("leaf-scorer-not-in-composite", "Leaf " + leaf.code()
						+ " is scored by " + leaf.scorer() + ", which has no weight in the composite.", leaf.code(),
						leaf.scorer());
			}
			scoring.add(leaf.scorer());
		}
		for (ScorerRole role : composite.weights().keySet()) {
			if (!scoring.contains(role)) {
				throw ProblemException.ruleViolated("composite-role-without-indicators",
						role + " has a composite weight but scores no leaf of the scheme.", role);
			}
		}
	}

}
