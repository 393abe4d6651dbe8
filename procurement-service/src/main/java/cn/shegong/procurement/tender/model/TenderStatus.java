package cn.shegong.procurement.tender.model;

import java.util.EnumSet;
import java.util.Set;

import cn.shegong.platform.problem.ProblemException;

/**
 * Where a tender is in its life, and the only moves it may make from there.
 */
public enum TenderStatus {

	DRAFT, PUBLISHED, BIDDING_CLOSED, BIDS_SCORED, AWARD_PROPOSED, CHALLENGE_WINDOW, AWARDED, CONTRACT_SIGNED,
	IN_SERVICE, COMPLETED, TERMINATED,

	/** Withdrawn by the buyer before the award became final, with a reason. */
	CANCELLED,

	/** 流标/终止: too few qualified bids; the buyer starts a new tender. */
	UNSUCCESSFUL;

	/** The statuses this one may move to; empty for a final status. */
	public Set<TenderStatus> successors() {
		return switch (this) {
			case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
			case PUBLISHED -> EnumSet.of(BIDDING_CLOSED, CANCELLED);
			case BIDDING_CLOSED -> EnumSet.of(BIDS_SCORED, UNSUCCESSFUL, CANCELLED);
			case BIDS_SCORED -> EnumSet.of(AWARD_PROPOSED, UNSUCCESSFUL, CANCELLED);
			case AWARD_PROPOSED -> EnumSet.of(CHALLENGE_WINDOW, CANCELLED);
			case CHALLENGE_WINDOW -> EnumSet.of(AWARDED, CANCELLED);
			case AWARDED -> EnumSet.of(CONTRACT_SIGNED);
			case CONTRACT_SIGNED -> EnumSet.of(IN_SERVICE);
			case IN_SERVICE -> EnumSet.of(COMPLETED, TERMINATED);
			case COMPLETED, TERMINATED, CANCELLED, UNSUCCESSFUL -> EnumSet.noneOf(TenderStatus.class);
		};
	}

	/**
	 * The statuses of a tender whose award became final: the award result is public from
	 * then on, whatever happens to the contract.
	 */
	public static Set<TenderStatus> awardedOrLater() {
		return EnumSet.of(AWARDED, CONTRACT_SIGNED, IN_SERVICE, COMPLETED, TERMINATED);
	}

	public boolean hasBeenAwarded() {
		return awardedOrLater().contains(this);
	}

	public boolean canGoTo(TenderStatus next) {
		return successors().contains(next);
	}

	public boolean isFinal() {
		return successors().isEmpty();
	}

	/**
	 * Refuses, as a conflict with the tender's current state, a move this status forbids.
	 */
	public void requireCanGoTo(TenderStatus next) {
		if (!canGoTo(next)) {
			throw ProblemException.conflict("illegal-tender-transition", "cannot go from " + this + " to " + next, this,
					next);
		}
	}

}
