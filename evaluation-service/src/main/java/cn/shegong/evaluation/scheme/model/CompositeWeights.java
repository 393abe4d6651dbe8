package cn.shegong.evaluation.scheme.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * How the roles' totals (each on 100) make the composite: each role's weight out of
 * {@code outOf}. Percentages are weights out of 100 (Zhanjiang's 70/20/10); a points
 * model is weights out of its points total (Guangzhou's 700/200/100 of 1000), which
 * normalises the composite back to 100.
 *
 * @param weights each scoring role's positive weight; roles absent take no part
 * @param outOf what the weights sum to
 */
public record CompositeWeights(Map<ScorerRole, BigDecimal> weights, BigDecimal outOf) {

	public CompositeWeights {
		Objects.requireNonNull(outOf, "outOf");
		weights = Map.copyOf(new EnumMap<>(weights));
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<ScorerRole, BigDecimal> weight : weights.entrySet()) {
			if (weight.getValue().signum() <= 0) {
				throw ProblemException.ruleViolated(
						"composite-weight-not-positive", "The composite weight of " + weight.getKey()
								+ " must be positive; was " + weight.getValue().toPlainString() + ".",
						weight.getKey(), weight.getValue());
			}
			sum = sum.add(weight.getValue());
		}
		if (weights.isEmpty() || sum.compareTo(outOf) != 0) {
			throw ProblemException.ruleViolated("composite-weights-do-not-sum", "The composite weights per role sum to "
					+ sum.toPlainString() + "; they must sum to " + outOf.toPlainString() + ".", sum, outOf);
		}
	}

	/** Third party 70 + buyer 20 + service users 10 [LOC Zhanjiang]. */
	public static CompositeWeights defaults() {
		return percentages(70, 20, 10);
	}

	/** Weights out of 100 for third party, buyer and service users. */
	public static CompositeWeights percentages(int thirdParty, int buyer, int serviceUsers) {
		return new CompositeWeights(
				Map.of(ScorerRole.THIRD_PARTY, BigDecimal.valueOf(thirdParty), ScorerRole.BUYER,
						BigDecimal.valueOf(buyer), ScorerRole.SERVICE_USERS, BigDecimal.valueOf(serviceUsers)),
				BigDecimal.valueOf(100));
	}

	/** Third party 700 + buyer 200 + supervisor 100 of 1000 points [LOC Guangzhou]. */
	public static CompositeWeights guangzhouPoints() {
		return new CompositeWeights(Map.of(ScorerRole.THIRD_PARTY, BigDecimal.valueOf(700), ScorerRole.BUYER,
				BigDecimal.valueOf(200), ScorerRole.SUPERVISOR, BigDecimal.valueOf(100)), BigDecimal.valueOf(1000));
	}

	public boolean counts(ScorerRole role) {
		return this.weights.containsKey(role);
	}

}
