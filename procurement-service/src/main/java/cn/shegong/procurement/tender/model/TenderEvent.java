package cn.shegong.procurement.tender.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a command on a {@link Tender} caused. The application layer stores these with the
 * tender and publishes them; the moment they occurred belongs to the envelope.
 */
public sealed interface TenderEvent {

	String tenderId();

	/** The notice is public and agencies may bid until the deadline. */
	record TenderPublished(String tenderId, String projectId, ProcurementMethod method,
			Instant biddingDeadline) implements TenderEvent {
	}

	record BiddingClosed(String tenderId, Instant closedAt) implements TenderEvent {
	}

	/** The panel scored the bids and enough of them qualified to go on. */
	record BidsScored(String tenderId, int qualifiedBids) implements TenderEvent {
	}

	/** 流标/终止: the buyer has to start a new tender. */
	record TenderUnsuccessful(String tenderId, int qualifiedBids, int requiredQualifiedBids,
			String reason) implements TenderEvent {
	}

	/** The award notice is out and the challenge window runs to its end day inclusive. */
	record AwardProposed(String tenderId, String agencyId, LocalDate noticeOn,
			LocalDate challengeWindowEndsOn) implements TenderEvent {
	}

	/**
	 * A supplier's 质疑; after replyDueOn the challenger may complain until complaintDueOn.
	 */
	record ChallengeFiled(String tenderId, String challengeId, String challengerId, LocalDate filedOn,
			LocalDate replyDueOn, LocalDate complaintDueOn) implements TenderEvent {
	}

	record ChallengeAnswered(String tenderId, String challengeId, LocalDate answeredOn,
			boolean answeredLate) implements TenderEvent {
	}

	record TenderAwarded(String tenderId, String projectId, String agencyId,
			LocalDate awardedOn) implements TenderEvent {
	}

	record ContractSigned(String tenderId, String projectId, String agencyId) implements TenderEvent {
	}

	record ServiceStarted(String tenderId) implements TenderEvent {
	}

	record TenderCompleted(String tenderId) implements TenderEvent {
	}

	record TenderTerminated(String tenderId, String reason) implements TenderEvent {
	}

	record TenderCancelled(String tenderId, TenderStatus cancelledFrom, String reason) implements TenderEvent {
	}

}
