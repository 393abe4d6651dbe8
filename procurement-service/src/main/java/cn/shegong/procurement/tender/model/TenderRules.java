package cn.shegong.procurement.tender.model;

/**
 * The numbers a buyer's tendering follows. {@link #defaults()} holds the national ones; a
 * city may configure its own.
 *
 * @param openTenderMinimumBiddingDays calendar days from publication to the bidding
 * deadline of an open tender [NAT 政府采购法 art 35]
 * @param challengeWindowWorkingDays working days after the award notice in which a
 * supplier may challenge (质疑) [NAT 政府采购法 art 52]
 * @param challengeReplyWorkingDays working days the buyer has to answer a challenge [NAT
 * 政府采购法 art 53]
 * @param complaintWorkingDays working days after the reply is due in which a challenger
 * may complain (投诉) to the finance department [NAT 政府采购法 art 55]
 * @param minimumQualifiedBids qualified bids every method needs unless it has its own
 * setting
 * @param consultationMinimumQualifiedBids qualified suppliers a competitive consultation
 * may continue with [NAT 财库〔2015〕124号]
 * @param singleSourceAddOnLimitBasisPoints cumulative add-on to a contract by single
 * source, as a share of the original contract [NAT 政府采购法 art 31]
 */
public record TenderRules(int openTenderMinimumBiddingDays, int challengeWindowWorkingDays,
		int challengeReplyWorkingDays, int complaintWorkingDays, int minimumQualifiedBids,
		int consultationMinimumQualifiedBids, int singleSourceAddOnLimitBasisPoints) {

	public TenderRules {
		requireAtLeastOne("openTenderMinimumBiddingDays", openTenderMinimumBiddingDays);
		requireAtLeastOne("challengeWindowWorkingDays", challengeWindowWorkingDays);
		requireAtLeastOne("challengeReplyWorkingDays", challengeReplyWorkingDays);
		requireAtLeastOne("complaintWorkingDays", complaintWorkingDays);
		requireAtLeastOne("minimumQualifiedBids", minimumQualifiedBids);
		requireAtLeastOne("consultationMinimumQualifiedBids", consultationMinimumQualifiedBids);
		if (singleSourceAddOnLimitBasisPoints < 0 || singleSourceAddOnLimitBasisPoints > 10_000) {
			throw new IllegalArgumentException(
					"singleSourceAddOnLimitBasisPoints must be 0..10000, was " + singleSourceAddOnLimitBasisPoints);
		}
	}

	/** 20 days, 7/7/15 working days, 3 bids (2 in consultation), 10% add-on. */
	public static TenderRules defaults() {
		return new TenderRules(20, 7, 7, 15, 3, 2, 1_000);
	}

	/** How many qualified bids a tender of this method needs to go on. */
	public int minimumQualifiedBidsFor(ProcurementMethod method) {
		return switch (method) {
			case COMPETITIVE_CONSULTATION -> this.consultationMinimumQualifiedBids;
			// One supplier is what single source means [NAT 政府采购法 art 31], not a setting.
			case SINGLE_SOURCE -> 1;
			default -> this.minimumQualifiedBids;
		};
	}

	private static void requireAtLeastOne(String name, int value) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1, was " + value);
		}
	}

}
