package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;
import java.util.Map;

import cn.shegong.evaluation.scheme.model.CompositeWeights;
import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scheme.model.SchemeSettings;
import cn.shegong.platform.problem.ProblemException;

/**
 * The composite score (DOMAIN.md §6): Σ role total × role weight ÷ the weights' total,
 * summed exactly and rounded once to the scheme's scale and mode; then graded, with the
 * finance veto where the scheme applies it.
 */
public final class CompositeScoring {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CompositeScoring() {
	}

	public static CompositeResult score(SchemeSettings settings, Map<ScorerRole, BigDecimal> roleTotals,
			FinanceCheck financeCheck) {
		CompositeWeights composite = settings.composite();
		requireTotalsOfExactlyTheWeightedRoles(composite, roleTotals);
		BigDecimal weighted = BigDecimal.ZERO;
		for (Map.Entry<ScorerRole, BigDecimal> weight : composite.weights().entrySet()) {
			weighted = weighted.add(roleTotals.get(weight.getKey()).multiply(weight.getValue()));
		}
		BigDecimal score = settings.rounding().divide(weighted, composite.outOf());
		Grade band = settings.bands().gradeOf(score);
		boolean vetoed = settings.financeVeto() && financeCheck == FinanceCheck.FAILED;
		return new CompositeResult(score, band, vetoed ? Grade.FAIL : band, vetoed);
	}

	private static void requireTotalsOfExactlyTheWeightedRoles(CompositeWeights composite,
			Map<ScorerRole, BigDecimal> roleTotals) {
		for (ScorerRole role : composite.weights().keySet()) {
			BigDecimal total = roleTotals.get(role);
			if (total == null) {
				throw ProblemException.ruleViolated("role-total-missing",
						"The composite needs a total from " + role + ", which has none.", role);
			}
			if (total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
				throw ProblemException.ruleViolated("role-total-out-of-range",
						"The total of " + role + " is " + total.toPlainString() + "; role totals are 0 to 100.", role,
						total);
			}
		}
		for (ScorerRole role : roleTotals.keySet()) {
			if (!composite.counts(role)) {
				throw ProblemException.ruleViolated("role-total-not-in-composite",
						role + " gave a total but has no weight in the composite.", role);
			}
		}
	}

}
