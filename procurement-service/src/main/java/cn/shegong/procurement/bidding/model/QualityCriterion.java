package cn.shegong.procurement.bidding.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * One thing the panel scores besides price, such as 服务方案 or 团队配置, with its share of the
 * total score in basis points.
 */
public record QualityCriterion(String name, int weightBasisPoints) {

	public QualityCriterion {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a quality criterion needs a name");
		}
		if (weightBasisPoints <= 0) {
			throw ProblemException.ruleViolated(
					"quality-criterion-weight-not-positive", "Quality criterion " + name + " has a weight of "
							+ weightBasisPoints + " basis points; a criterion weighs more than 0.",
					name, weightBasisPoints);
		}
	}

}
