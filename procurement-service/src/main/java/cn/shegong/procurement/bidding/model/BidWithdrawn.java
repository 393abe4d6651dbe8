package cn.shegong.procurement.bidding.model;

/** An agency's bid was withdrawn; no price, see {@link BidEvent}. */
public record BidWithdrawn(String bidId, String tenderId, String agencyId) implements BidEvent {

}
