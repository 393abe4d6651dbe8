package cn.shegong.procurement.bidding.model;

import java.util.List;

/** Scoring schemes for tests. */
public final class ScoringSchemes {

	public static final String PROPOSAL = "服务方案";

	public static final String TEAM = "团队配置";

	private ScoringSchemes() {
	}

	/** Price 30%, 服务方案 40%, 团队配置 30%. */
	public static ScoringScheme thirtyPercentPrice() {
		return ScoringScheme.define(3_000,
				List.of(new QualityCriterion(PROPOSAL, 4_000), new QualityCriterion(TEAM, 3_000)),
				PriceWeightRange.forServices());
	}

	/** Price 10%, one quality criterion 服务方案 of 90%. */
	public static ScoringScheme tenPercentPrice() {
		return ScoringScheme.define(1_000, List.of(new QualityCriterion(PROPOSAL, 9_000)),
				PriceWeightRange.forServices());
	}

}
