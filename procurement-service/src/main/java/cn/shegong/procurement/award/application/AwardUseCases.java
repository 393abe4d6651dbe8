package cn.shegong.procurement.award.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.award.model.AwardPolicy;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.RankedBid;
import cn.shegong.procurement.bidding.persistence.BidStore;
import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.procurement.tender.application.TenderCommands;
import cn.shegong.procurement.tender.model.TenderEvent.ChallengeFiled;
import cn.shegong.procurement.tender.persistence.TenderStore;
import cn.shegong.procurement.tender.persistence.TenderStore.Versioned;

/**
 * From scored bids to a final award: the officer proposes the award (中标公告), which opens
 * the challenge window; bidders may challenge (质疑) and the officer answers; once the
 * window has passed and every challenge is answered the award becomes final. Days are
 * counted in the buyer's zone on the service's clock and the configured working-day
 * calendar.
 */
@Service
public class AwardUseCases {

	private final TenderCommands tenders;

	private final BidEvaluationUseCases evaluations;

	private final BidStore bids;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	AwardUseCases(TenderCommands tenders, BidEvaluationUseCases evaluations, BidStore bids, WorkingDayCalendar calendar,
			Clock clock) {
		this.tenders = tenders;
		this.evaluations = evaluations;
		this.bids = bids;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Proposes the top-ranked agency, or another ranked one with a reason.
	 * @param reason why the top-ranked agency is passed over; null when it is not
	 */
	public Versioned proposeAward(Caller caller, String tenderId, Optional<String> agencyId, String reason,
			long version) {
		Versioned found = this.tenders.changeable(caller, tenderId, version);
		RankedBid chosen = AwardPolicy.choose(this.evaluations.resultOf(tenderId).ranking(), agencyId, reason);
		return this.tenders
			.run(caller, found, "propose-award", reason,
					(tender) -> tender.proposeAward(chosen.agencyId(), today(), this.calendar))
			.versioned();
	}

	/** A challenge by a bidder whose bid was still in the competition. */
	public ChallengeFiled challenge(Caller caller, String tenderId, String reason) {
		String agencyId = caller.agencyId()
			.orElseThrow(() -> ProblemException.forbidden("caller-without-agency",
					"Your account names no agency, so it cannot challenge an award"));
		boolean bid = this.bids.findByAgency(tenderId, agencyId)
			.map(BidStore.Versioned::bid)
			.filter(Bid::isStanding)
			.isPresent();
		if (!bid) {
			// Said the same way whether or not the tender exists: an outsider learns
			// nothing.
			throw ProblemException.forbidden("challenger-did-not-bid", "Agency " + agencyId
					+ " has no bid in the competition for tender " + tenderId + ", so it may not challenge the award.",
					agencyId, tenderId);
		}
		Versioned found = this.tenders.current(tenderId);
		return this.tenders
			.run(caller, found, "challenge", reason,
					(tender) -> tender.challenge(agencyId, reason, today(), this.calendar))
			.event();
	}

	public Versioned answerChallenge(Caller caller, String tenderId, String challengeId, String reply) {
		Versioned found = this.tenders.changeable(caller, tenderId);
		return this.tenders
			.run(caller, found, "answer-challenge", reply,
					(tender) -> tender.answerChallenge(challengeId, reply, today()))
			.versioned();
	}

	/** The award becomes final: refused while the window runs or a challenge waits. */
	public Versioned award(Caller caller, String tenderId, long version) {
		Versioned found = this.tenders.changeable(caller, tenderId, version);
		return this.tenders.run(caller, found, "award", null, (tender) -> tender.award(today())).versioned();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

}
