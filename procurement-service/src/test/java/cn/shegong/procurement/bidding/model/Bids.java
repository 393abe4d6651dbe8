package cn.shegong.procurement.bidding.model;

import java.time.Instant;

import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.staffing.model.StaffingPlans;

/** Bids on one tender whose bidding closes at 09:00 Beijing time on 1 July 2026. */
public final class Bids {

	public static final String TENDER = "tender-2026-017";

	public static final String AGENCY = "agency-sunshine";

	public static final String OTHER_AGENCY = "agency-harmony";

	public static final BiddingDeadline DEADLINE = new BiddingDeadline(Instant.parse("2026-07-01T01:00:00Z"));

	public static final Instant A_WEEK_BEFORE = DEADLINE.closesAt().minusSeconds(7 * 24 * 3600);

	private Bids() {
	}

	public static BidTerms terms(String priceInYuan) {
		return new BidTerms(Money.ofYuan(priceInYuan), "站点服务方案：个案、小组、社区活动", StaffingPlans.compliantStation());
	}

	/** The agency's bid of 480,000 CNY, submitted a week before the deadline. */
	public static Bid submitted() {
		return Bid.submit("bid-1", TENDER, AGENCY, terms("480000.00"), DEADLINE, A_WEEK_BEFORE).bid();
	}

	public static Bid submitted(String bidId, String agencyId, String priceInYuan, Instant at) {
		return Bid.submit(bidId, TENDER, agencyId, terms(priceInYuan), DEADLINE, at).bid();
	}

	/** A bid submitted the given number of minutes after {@link #A_WEEK_BEFORE}. */
	public static Bid submitted(String bidId, String agencyId, String priceInYuan, int minutesLater) {
		return submitted(bidId, agencyId, priceInYuan, A_WEEK_BEFORE.plusSeconds(60L * minutesLater));
	}

}
