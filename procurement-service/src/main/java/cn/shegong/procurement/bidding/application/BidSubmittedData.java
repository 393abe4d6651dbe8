package cn.shegong.procurement.bidding.application;

import java.time.Instant;

import cn.shegong.procurement.bidding.model.Bid;

/**
 * The data of {@code procurement.BidSubmitted} v1, exactly as its schema publishes it: no
 * price, no proposal, no staffing plan. Kept apart from the domain event so that the
 * published shape changes only with a new version.
 */
record BidSubmittedData(String bidId, String tenderId, String agencyId, Instant submittedAt) {

	static BidSubmittedData of(Bid bid) {
		return new BidSubmittedData(bid.id(), bid.tenderId(), bid.agencyId(), bid.submittedAt());
	}

}
