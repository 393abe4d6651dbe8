package cn.shegong.procurement.bidding.model;

/** An agency's bid was amended; no price, see {@link BidEvent}. */
public record BidAmended(String bidId, String tenderId, String agencyId) implements BidEvent {

}
