package cn.shegong.procurement.bidding.model;

/** An agency's bid was submitted; no price, see {@link BidEvent}. */
public record BidSubmitted(String bidId, String tenderId, String agencyId) implements BidEvent {

}
