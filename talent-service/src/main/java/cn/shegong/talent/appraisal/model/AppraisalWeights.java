package cn.shegong.talent.appraisal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import cn.shegong.platform.problem.ProblemException;

/**
 * How much each rater's score counts, in basis points summing to 10000. Integers so that
 * "sums to 100%" is an exact test. A source weighted 0 need not be collected at all.
 */
public record AppraisalWeights(Map<AppraisalSource, Integer> basisPoints) {

	static final int WHOLE = 10_000;

	public AppraisalWeights {
		basisPoints = Map.copyOf(basisPoints);
		for (AppraisalSource source : AppraisalSource.values()) {
			Integer weight = basisPoints.get(source);
			if (weight == null || weight < 0) {
				throw ProblemException.ruleViolated("appraisal-weight-missing-or-negative",
						"Every rater needs a weight of 0 or more; " + source + " had " + weight + ".", source);
			}
		}
		int sum = basisPoints.values().stream().mapToInt(Integer::intValue).sum();
		if (sum != WHOLE) {
			throw ProblemException.ruleViolated("appraisal-weights-do-not-sum-to-100",
					"Appraisal weights must sum to 10000 basis points (100%), summed to " + sum + ".", sum);
		}
	}

	/**
	 * Self 10%, clients 30%, peers 20%, supervisor 40% [OURS]: the supervisor sees the
	 * work most closely, the worker's own view counts least. No city has published its
	 * split; a city sets its own.
	 */
	public static AppraisalWeights defaults() {
		return of(1_000, 3_000, 2_000, 4_000);
	}

	public static AppraisalWeights of(int self, int clients, int peers, int supervisor) {
		Map<AppraisalSource, Integer> weights = new EnumMap<>(AppraisalSource.class);
		weights.put(AppraisalSource.SELF, self);
		weights.put(AppraisalSource.CLIENTS, clients);
		weights.put(AppraisalSource.PEERS, peers);
		weights.put(AppraisalSource.SUPERVISOR, supervisor);
		return new AppraisalWeights(weights);
	}

	public int of(AppraisalSource source) {
		return this.basisPoints.get(source);
	}

	public boolean counts(AppraisalSource source) {
		return of(source) > 0;
	}

	/**
	 * The weighted sum of the scores, rounded half-up to two decimals once, at the end
	 * [OURS], so that rounding never compounds across raters.
	 */
	AppraisalScore combine(Map<AppraisalSource, AppraisalScore> scores) {
		BigDecimal weighted = BigDecimal.ZERO;
		for (Map.Entry<AppraisalSource, AppraisalScore> score : scores.entrySet()) {
			weighted = weighted.add(score.getValue().points().multiply(BigDecimal.valueOf(of(score.getKey()))));
		}
		return new AppraisalScore(
				weighted.divide(BigDecimal.valueOf(WHOLE), AppraisalScore.DECIMALS, RoundingMode.HALF_UP));
	}

}
