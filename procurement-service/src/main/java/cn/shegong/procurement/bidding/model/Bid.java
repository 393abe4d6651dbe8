package cn.shegong.procurement.bidding.model;

import java.time.Instant;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * An agency's offer on a tender (投标). Immutable: each command returns the bid as it now
 * stands together with the event it caused. Only the agency that submitted a bid may
 * amend or withdraw it, and only before the bidding deadline.
 *
 * @param submittedAt the first submission; an amendment keeps it, so amending does not
 * cost a bid its place when totals and prices tie
 * @param lastChangedAt the latest submission, amendment or withdrawal
 */
public record Bid(String id, String tenderId, String agencyId, BidTerms terms, BidStatus status, Instant submittedAt,
		Instant lastChangedAt) {

	public Bid {
		if (isBlank(id) || isBlank(tenderId) || isBlank(agencyId)) {
			throw new IllegalArgumentException("a bid needs its id, its tender and its agency");
		}
		Objects.requireNonNull(terms, "terms");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(submittedAt, "submittedAt");
		Objects.requireNonNull(lastChangedAt, "lastChangedAt");
	}

	public static BidChange submit(String id, String tenderId, String agencyId, BidTerms terms,
			BiddingDeadline deadline, Instant now) {
		deadline.requireOpenAt(now, "submitted");
		Bid bid = new Bid(id, tenderId, agencyId, terms, BidStatus.SUBMITTED, now, now);
		return new BidChange(bid, new BidSubmitted(id, tenderId, agencyId));
	}

	public BidChange amend(String actingAgencyId, BidTerms newTerms, BiddingDeadline deadline, Instant now) {
		requireChangeableBy(actingAgencyId, "amended", deadline, now);
		Bid amended = new Bid(this.id, this.tenderId, this.agencyId, newTerms, BidStatus.AMENDED, this.submittedAt,
				now);
		return new BidChange(amended, new BidAmended(this.id, this.tenderId, this.agencyId));
	}

	public BidChange withdraw(String actingAgencyId, BiddingDeadline deadline, Instant now) {
		requireChangeableBy(actingAgencyId, "withdrawn", deadline, now);
		Bid withdrawn = new Bid(this.id, this.tenderId, this.agencyId, this.terms, BidStatus.WITHDRAWN,
				this.submittedAt, now);
		return new BidChange(withdrawn, new BidWithdrawn(this.id, this.tenderId, this.agencyId));
	}

	public Money price() {
		return this.terms.price();
	}

	public boolean isStanding() {
		return this.status.isStanding();
	}

	private void requireChangeableBy(String actingAgencyId, String action, BiddingDeadline deadline, Instant now) {
		// Ownership first: another agency learns nothing about the bid's state.
		if (!this.agencyId.equals(actingAgencyId)) {
			throw ProblemException.forbidden("not-your-bid",
					"Bid " + this.id + " belongs to another agency; agency " + actingAgencyId + " may not change it.",
					this.id, actingAgencyId);
		}
		if (!isStanding()) {
			throw ProblemException.conflict("bid-already-withdrawn",
					"Bid " + this.id + " was withdrawn at " + this.lastChangedAt + " and cannot be " + action + ".",
					this.id, this.lastChangedAt);
		}
		deadline.requireOpenAt(now, action);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
