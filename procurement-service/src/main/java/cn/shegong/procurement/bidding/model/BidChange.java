package cn.shegong.procurement.bidding.model;

/**
 * What a bid command did: the bid as it now stands and the event to store with it.
 */
public record BidChange(Bid bid, BidEvent event) {

}
