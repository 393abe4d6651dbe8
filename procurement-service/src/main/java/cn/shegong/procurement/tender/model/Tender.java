package cn.shegong.procurement.tender.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.procurement.tender.model.TenderEvent.AwardProposed;
import cn.shegong.procurement.tender.model.TenderEvent.BidsScored;
import cn.shegong.procurement.tender.model.TenderEvent.BiddingClosed;
import cn.shegong.procurement.tender.model.TenderEvent.ChallengeAnswered;
import cn.shegong.procurement.tender.model.TenderEvent.ChallengeFiled;
import cn.shegong.procurement.tender.model.TenderEvent.ContractSigned;
import cn.shegong.procurement.tender.model.TenderEvent.ServiceStarted;
import cn.shegong.procurement.tender.model.TenderEvent.TenderAwarded;
import cn.shegong.procurement.tender.model.TenderEvent.TenderCancelled;
import cn.shegong.procurement.tender.model.TenderEvent.TenderCompleted;
import cn.shegong.procurement.tender.model.TenderEvent.TenderPublished;
import cn.shegong.procurement.tender.model.TenderEvent.TenderTerminated;
import cn.shegong.procurement.tender.model.TenderEvent.TenderUnsuccessful;

/**
 * A procurement (采购) of one project, from draft notice to the end of the service it
 * bought. Every command checks the move against {@link TenderStatus} and the
 * {@link TenderRules} of the buyer, and returns the event it caused.
 */
public final class Tender {

	private final String id;

	private final String projectId;

	private final String buyerRegion;

	private final ProcurementMethod method;

	private final TenderNotice notice;

	private final String scoringSchemeId;

	private final TenderRules rules;

	private final long version;

	private TenderStatus status = TenderStatus.DRAFT;

	private Instant publishedAt;

	private Instant biddingDeadline;

	private String proposedAgencyId;

	private ChallengeWindow challengeWindow;

	private String closingReason;

	private LocalDate awardedOn;

	private Tender(String id, String projectId, String buyerRegion, ProcurementMethod method, TenderNotice notice,
			String scoringSchemeId, TenderRules rules) {
		this.id = requireText(id, "id");
		this.projectId = requireText(projectId, "projectId");
		this.buyerRegion = requireText(buyerRegion, "buyerRegion");
		this.scoringSchemeId = requireText(scoringSchemeId, "scoringSchemeId");
		if (method == null || notice == null || rules == null) {
			throw new IllegalArgumentException("a tender needs a method, a notice and rules");
		}
		this.method = method;
		this.notice = notice;
		this.rules = rules;
		this.version = 0;
	}

	/**
	 * A stored tender as it was saved. Its history is not replayed or checked again: the
	 * rules in force when it was published may since have changed, and that must not stop
	 * it loading.
	 */
	public static Tender restore(String id, String projectId, String buyerRegion, ProcurementMethod method,
			TenderNotice notice, String scoringSchemeId, TenderRules rules, StoredState state) {
		Tender tender = new Tender(id, projectId, buyerRegion, method, notice, scoringSchemeId, rules);
		tender.status = state.status();
		tender.publishedAt = state.publishedAt();
		tender.biddingDeadline = state.biddingDeadline();
		tender.proposedAgencyId = state.proposedAgencyId();
		tender.challengeWindow = state.challengeWindow();
		tender.closingReason = state.closingReason();
		tender.awardedOn = state.awardedOn();
		return tender;
	}

	/**
	 * What a tender's commands have changed since it was drafted; null where not reached
	 * yet.
	 */
	public record StoredState(TenderStatus status, Instant publishedAt, Instant biddingDeadline,
			String proposedAgencyId, ChallengeWindow challengeWindow, String closingReason, LocalDate awardedOn) {

		public StoredState {
			if (status == null) {
				throw new IllegalArgumentException("a stored tender has a status");
			}
		}

	}

	/** A new tender, not yet public, under the rules of its buyer. */
	public static Tender draft(String id, String projectId, String buyerRegion, ProcurementMethod method,
			TenderNotice notice, String scoringSchemeId, TenderRules rules) {
		return new Tender(id, projectId, buyerRegion, method, notice, scoringSchemeId, rules);
	}

	public TenderPublished publish(Instant now, Instant biddingDeadline, ZoneId zone) {
		this.status.requireCanGoTo(TenderStatus.PUBLISHED);
		BiddingPeriodPolicy.requireAllowed(this.method, now, biddingDeadline, zone, this.rules);
		this.publishedAt = now;
		this.biddingDeadline = biddingDeadline;
		moveTo(TenderStatus.PUBLISHED);
		return new TenderPublished(this.id, this.projectId, this.method, biddingDeadline);
	}

	public BiddingClosed closeBidding(Instant now) {
		this.status.requireCanGoTo(TenderStatus.BIDDING_CLOSED);
		if (now.isBefore(this.biddingDeadline)) {
			throw ProblemException.ruleViolated("bidding-still-open",
					"bidding is open until " + this.biddingDeadline + ", it is " + now, this.biddingDeadline, now);
		}
		moveTo(TenderStatus.BIDDING_CLOSED);
		return new BiddingClosed(this.id, now);
	}

	/**
	 * The panel's count of qualified bids. Too few ends the tender as unsuccessful.
	 * Scoring may be recorded again after a review corrects it (重新评审), which may then end
	 * it.
	 */
	public TenderEvent recordScoring(int qualifiedBids) {
		if (qualifiedBids < 0) {
			throw new IllegalArgumentException("qualified bids cannot be negative, got " + qualifiedBids);
		}
		int required = this.rules.minimumQualifiedBidsFor(this.method);
		if (qualifiedBids < required) {
			moveTo(TenderStatus.UNSUCCESSFUL);
			this.closingReason = "only " + qualifiedBids + " qualified bids, " + this.method + " needs " + required;
			return new TenderUnsuccessful(this.id, qualifiedBids, required, this.closingReason);
		}
		if (this.status != TenderStatus.BIDS_SCORED) {
			moveTo(TenderStatus.BIDS_SCORED);
		}
		return new BidsScored(this.id, qualifiedBids);
	}

	/** Publishes the award notice, which opens the challenge window at once. */
	public AwardProposed proposeAward(String agencyId, LocalDate noticeOn, WorkingDayCalendar calendar) {
		requireText(agencyId, "agencyId");
		this.status.requireCanGoTo(TenderStatus.AWARD_PROPOSED);
		ChallengeWindow window = ChallengeWindow.openedBy(noticeOn, calendar, this.rules);
		moveTo(TenderStatus.AWARD_PROPOSED);
		moveTo(TenderStatus.CHALLENGE_WINDOW);
		this.proposedAgencyId = agencyId;
		this.challengeWindow = window;
		return new AwardProposed(this.id, agencyId, noticeOn, window.endsOn());
	}

	/** A supplier's challenge (质疑) to the proposed award, dated {@code on}. */
	public ChallengeFiled challenge(String challengerId, String reason, LocalDate on, WorkingDayCalendar calendar) {
		requireText(challengerId, "challengerId");
		if (this.challengeWindow == null || this.status == TenderStatus.CANCELLED) {
			throw ProblemException.conflict("tender-not-open-to-challenge",
					"a tender in status " + this.status + " has no award to challenge", this.status);
		}
		if (this.status != TenderStatus.CHALLENGE_WINDOW) {
			// Awarded or later: the window has passed, whatever date the challenge bears.
			throw this.challengeWindow.closedOn(on);
		}
		this.challengeWindow = this.challengeWindow.file(challengerId, reason, on, calendar, this.rules);
		Challenge filed = this.challengeWindow.latest().orElseThrow();
		return new ChallengeFiled(this.id, filed.id(), challengerId, on, filed.replyDueOn(), filed.complaintDueOn());
	}

	public ChallengeAnswered answerChallenge(String challengeId, String reply, LocalDate on) {
		if (this.status != TenderStatus.CHALLENGE_WINDOW) {
			throw ProblemException.conflict("tender-not-in-challenge-window",
					"a tender in status " + this.status + " has no challenge to answer", this.status);
		}
		this.challengeWindow = this.challengeWindow.answer(challengeId, reply, on);
		Challenge answered = this.challengeWindow.challenge(challengeId).orElseThrow();
		return new ChallengeAnswered(this.id, challengeId, on, answered.wasAnsweredLate());
	}

	/**
	 * The award becomes final once the window has passed and every challenge is answered.
	 */
	public TenderAwarded award(LocalDate today) {
		this.status.requireCanGoTo(TenderStatus.AWARDED);
		this.challengeWindow.requirePassedAndAnswered(today);
		moveTo(TenderStatus.AWARDED);
		this.awardedOn = today;
		return new TenderAwarded(this.id, this.projectId, this.proposedAgencyId, today);
	}

	public ContractSigned signContract() {
		moveTo(TenderStatus.CONTRACT_SIGNED);
		return new ContractSigned(this.id, this.projectId, this.proposedAgencyId);
	}

	public ServiceStarted startService() {
		moveTo(TenderStatus.IN_SERVICE);
		return new ServiceStarted(this.id);
	}

	public TenderCompleted complete() {
		moveTo(TenderStatus.COMPLETED);
		return new TenderCompleted(this.id);
	}

	public TenderTerminated terminate(String reason) {
		this.status.requireCanGoTo(TenderStatus.TERMINATED);
		this.closingReason = requireReason(reason, "termination-reason-required", "terminating");
		moveTo(TenderStatus.TERMINATED);
		return new TenderTerminated(this.id, reason);
	}

	public TenderCancelled cancel(String reason) {
		TenderStatus from = this.status;
		from.requireCanGoTo(TenderStatus.CANCELLED);
		this.closingReason = requireReason(reason, "cancellation-reason-required", "cancelling");
		moveTo(TenderStatus.CANCELLED);
		return new TenderCancelled(this.id, from, reason);
	}

	private void moveTo(TenderStatus next) {
		this.status.requireCanGoTo(next);
		this.status = next;
	}

	private static String requireReason(String reason, String rule, String doing) {
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated(rule, doing + " a tender needs a reason");
		}
		return reason;
	}

	private static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	public String id() {
		return this.id;
	}

	public String projectId() {
		return this.projectId;
	}

	public String buyerRegion() {
		return this.buyerRegion;
	}

	public ProcurementMethod method() {
		return this.method;
	}

	public TenderNotice notice() {
		return this.notice;
	}

	public String scoringSchemeId() {
		return this.scoringSchemeId;
	}

	public TenderRules rules() {
		return this.rules;
	}

	public TenderStatus status() {
		return this.status;
	}

	/** For the adapter's optimistic locking; the domain never changes it. */
	public long version() {
		return this.version;
	}

	public Optional<Instant> publishedAt() {
		return Optional.ofNullable(this.publishedAt);
	}

	public Optional<Instant> biddingDeadline() {
		return Optional.ofNullable(this.biddingDeadline);
	}

	public Optional<String> proposedAgencyId() {
		return Optional.ofNullable(this.proposedAgencyId);
	}

	public Optional<LocalDate> awardNoticeOn() {
		return challengeWindow().map(ChallengeWindow::noticeOn);
	}

	public Optional<ChallengeWindow> challengeWindow() {
		return Optional.ofNullable(this.challengeWindow);
	}

	/** The day the award became final; empty before. */
	public Optional<LocalDate> awardedOn() {
		return Optional.ofNullable(this.awardedOn);
	}

	/** Why the tender was cancelled, terminated or unsuccessful. */
	public Optional<String> closingReason() {
		return Optional.ofNullable(this.closingReason);
	}

}
