package cn.shegong.procurement.bidding.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shegong.platform.problem.ProblemException;

/**
 * How a tender's bids are scored (综合评分法): price with a weight within the allowed range,
 * and weighted quality criteria; together they weigh exactly 100%. Built only through
 * {@link #define}, so a scheme that exists is a valid one.
 */
public final class ScoringScheme {

	private final int priceWeightBasisPoints;

	private final List<QualityCriterion> qualityCriteria;

	private ScoringScheme(int priceWeightBasisPoints, List<QualityCriterion> qualityCriteria) {
		this.priceWeightBasisPoints = priceWeightBasisPoints;
		this.qualityCriteria = qualityCriteria;
	}

	public static ScoringScheme define(int priceWeightBasisPoints, List<QualityCriterion> qualityCriteria,
			PriceWeightRange allowedPriceWeight) {
		if (!allowedPriceWeight.contains(priceWeightBasisPoints)) {
			throw ProblemException.ruleViolated("price-weight-out-of-range",
					"The price weight is " + priceWeightBasisPoints + " basis points; it must lie between "
							+ allowedPriceWeight.minimumBasisPoints() + " and "
							+ allowedPriceWeight.maximumBasisPoints() + ".",
					priceWeightBasisPoints, allowedPriceWeight.minimumBasisPoints(),
					allowedPriceWeight.maximumBasisPoints());
		}
		List<QualityCriterion> criteria = List.copyOf(qualityCriteria);
		requireDistinctNames(criteria);
		requireWeightsSumToWhole(priceWeightBasisPoints, criteria);
		return new ScoringScheme(priceWeightBasisPoints, criteria);
	}

	/**
	 * The scheme of a tender whose buyer has not defined its own [OURS]: price 20%, in
	 * the middle of the 10–30% allowed for services [NAT]; 服务方案 (the service proposal)
	 * 45% and 团队配置 (the team) 35%, since a social-work service stands or falls by both.
	 */
	public static ScoringScheme nationalDefault() {
		return define(2_000, List.of(new QualityCriterion("服务方案", 4_500), new QualityCriterion("团队配置", 3_500)),
				PriceWeightRange.forServices());
	}

	public int priceWeightBasisPoints() {
		return this.priceWeightBasisPoints;
	}

	public List<QualityCriterion> qualityCriteria() {
		return this.qualityCriteria;
	}

	public Optional<QualityCriterion> criterionNamed(String name) {
		return this.qualityCriteria.stream().filter(criterion -> criterion.name().equals(name)).findFirst();
	}

	private static void requireDistinctNames(List<QualityCriterion> criteria) {
		Set<String> seen = new HashSet<>();
		for (QualityCriterion criterion : criteria) {
			if (!seen.add(criterion.name())) {
				throw ProblemException.ruleViolated("quality-criterion-named-twice",
						"Quality criterion " + criterion.name() + " appears twice in the scheme.", criterion.name());
			}
		}
	}

	private static void requireWeightsSumToWhole(int priceWeight, List<QualityCriterion> criteria) {
		long quality = criteria.stream().mapToLong(QualityCriterion::weightBasisPoints).sum();
		if (priceWeight + quality != 10_000) {
			throw ProblemException.ruleViolated("scheme-weights-do-not-sum-to-100",
					"Price weighs " + priceWeight + " and quality criteria " + quality + " basis points, together "
							+ (priceWeight + quality) + "; they must make 10000.",
					priceWeight, quality);
		}
	}

	@Override
	public String toString() {
		return "ScoringScheme[price " + this.priceWeightBasisPoints + " bp, " + this.qualityCriteria + "]";
	}

}
