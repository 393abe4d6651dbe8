package cn.shegong.procurement.tender.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import cn.shegong.platform.problem.ProblemException;

/**
 * Whether a bidding deadline leaves agencies the time the law gives them. Days are
 * calendar days counted in the buyer's zone, from the moment of publication: an open
 * tender published at 09:00 on the 1st may close at 09:00 on the 21st, not earlier [NAT
 * 政府采购法 art 35].
 */
public final class BiddingPeriodPolicy {

	private BiddingPeriodPolicy() {
	}

	public static void requireAllowed(ProcurementMethod method, Instant publishedAt, Instant biddingDeadline,
			ZoneId zone, TenderRules rules) {
		if (!biddingDeadline.isAfter(publishedAt)) {
			throw ProblemException.ruleViolated("bidding-deadline-in-the-past",
					"the bidding deadline " + biddingDeadline + " is not after publication at " + publishedAt,
					biddingDeadline, publishedAt);
		}
		if (method == ProcurementMethod.OPEN_TENDER) {
			requireMinimumDays(publishedAt.atZone(zone), biddingDeadline.atZone(zone),
					rules.openTenderMinimumBiddingDays());
		}
	}

	private static void requireMinimumDays(ZonedDateTime publishedAt, ZonedDateTime deadline, int minimumDays) {
		if (publishedAt.plusDays(minimumDays).isAfter(deadline)) {
			long days = ChronoUnit.DAYS.between(publishedAt, deadline);
			long hours = ChronoUnit.HOURS.between(publishedAt.plusDays(days), deadline);
			throw ProblemException.ruleViolated(
					"bidding-period-too-short", "the bidding period of " + days + " days " + hours
							+ " hours is shorter than the " + minimumDays + " days an open tender needs",
					days, minimumDays);
		}
	}

}
