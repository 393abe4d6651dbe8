package cn.shegong.procurement.bidding.model;

/** Where a bid stands before the award. */
public enum BidStatus {

	SUBMITTED, AMENDED, WITHDRAWN;

	/** Whether the bid is still in the competition. */
	public boolean isStanding() {
		return this != WITHDRAWN;
	}

}
