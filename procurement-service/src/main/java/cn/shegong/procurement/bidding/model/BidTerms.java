package cn.shegong.procurement.bidding.model;

import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.staffing.model.StaffingPlan;

/**
 * What an agency offers: its price, a summary of its proposal and the team it would
 * field. Submitted once and replaced as a whole by an amendment.
 */
public record BidTerms(Money price, String proposalSummary, StaffingPlan staffingPlan) {

	public BidTerms {
		if (price == null || proposalSummary == null || proposalSummary.isBlank() || staffingPlan == null) {
			throw new IllegalArgumentException("a bid needs a price, a proposal summary and a staffing plan");
		}
		if (!price.isGreaterThan(Money.ZERO)) {
			throw new IllegalArgumentException("a bid's price must be positive, was " + price);
		}
	}

}
