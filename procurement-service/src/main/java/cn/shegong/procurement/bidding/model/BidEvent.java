package cn.shegong.procurement.bidding.model;

/**
 * A fact about a bid, published to other services. Deliberately without the price or the
 * proposal: until the award no agency may learn what another one offered.
 */
public sealed interface BidEvent permits BidSubmitted, BidAmended, BidWithdrawn {

	String bidId();

	String tenderId();

	String agencyId();

}
