package cn.shegong.procurement.bidding.model;

import java.time.Instant;

import cn.shegong.platform.problem.ProblemException;

/**
 * The instant a tender stops taking bids. Given to every bid command by the caller, who
 * reads it from the tender, so that an extended deadline applies to bids already in.
 */
public record BiddingDeadline(Instant closesAt) {

	public BiddingDeadline {
		if (closesAt == null) {
			throw new IllegalArgumentException("a bidding deadline needs an instant");
		}
	}

	/**
	 * Bids change only strictly before the deadline: at the deadline the bids are opened.
	 */
	void requireOpenAt(Instant now, String action) {
		if (!now.isBefore(this.closesAt)) {
			throw ProblemException.ruleViolated("bidding-deadline-passed", "A bid can be " + action
					+ " only before the bidding deadline " + this.closesAt + "; it is now " + now + ".", action,
					this.closesAt, now);
		}
	}

}
