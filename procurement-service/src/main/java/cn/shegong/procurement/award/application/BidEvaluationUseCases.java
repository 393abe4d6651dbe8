package cn.shegong.procurement.award.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.award.model.BidEvaluation;
import cn.shegong.procurement.award.model.ScoringResult;
import cn.shegong.procurement.award.persistence.BidEvaluationStore;
import cn.shegong.procurement.award.persistence.BidEvaluationStore.Versioned;
import cn.shegong.procurement.bidding.application.BiddingUseCases;
import cn.shegong.procurement.bidding.application.PastGrades;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidRanking;
import cn.shegong.procurement.bidding.model.ConflictOfInterest;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PanelScore;
import cn.shegong.procurement.bidding.model.PastGrade;
import cn.shegong.procurement.bidding.model.PriorityBonus;
import cn.shegong.procurement.bidding.model.ScoringScheme;
import cn.shegong.procurement.tender.application.TenderCommands;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderEvent;
import cn.shegong.procurement.tender.model.TenderEvent.BidsScored;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * The review panel's work on a closed tender (评标): the officer seats the panel, records
 * each member's score sheet on the panel's behalf and finalises the scoring, which ranks
 * the bids and tells the tender how many qualified. Every step is audited on the tender.
 */
@Service
public class BidEvaluationUseCases {

	private final BidEvaluationStore store;

	private final TenderCommands tenders;

	private final BiddingUseCases bidding;

	private final PastGrades pastGrades;

	private final Clock clock;

	private final ConflictOfInterest conflicts;

	private final BidRanking ranking;

	BidEvaluationUseCases(BidEvaluationStore store, TenderCommands tenders, BiddingUseCases bidding,
			PastGrades pastGrades, Clock clock, ConflictOfInterest conflicts, PriorityBonus priorityBonus) {
		this.store = store;
		this.tenders = tenders;
		this.bidding = bidding;
		this.pastGrades = pastGrades;
		this.clock = clock;
		this.conflicts = conflicts;
		this.ranking = new BidRanking(priorityBonus);
	}

	public Versioned appointPanel(Caller caller, String tenderId, List<PanelMember> members) {
		Tender tender = inEvaluation(caller, tenderId);
		Set<String> bidders = this.bidding.standingBids(tenderId)
			.stream()
			.map(Bid::agencyId)
			.collect(Collectors.toSet());
		BidEvaluation evaluation = BidEvaluation.appoint(tenderId, tender.buyerRegion(), members, bidders, today(),
				this.conflicts);
		long version = this.store.insert(evaluation);
		this.tenders.audit(caller, tender, "appoint-panel", Map.of(), Map.of("panel", memberIds(evaluation)), null);
		return new Versioned(evaluation, version);
	}

	/** Records one member's sheet, replacing their earlier one. */
	public Versioned recordSheet(Caller caller, String tenderId, String memberId, List<PanelScore> sheet,
			long version) {
		Tender tender = inEvaluation(caller, tenderId);
		Versioned found = evaluationOf(tenderId);
		if (found.version() != version) {
			throw new OptimisticLockingFailureException("the evaluation of tender " + tenderId + " is at version "
					+ found.version() + ", the change was made on " + version);
		}
		Set<String> bidIds = this.bidding.standingBids(tenderId).stream().map(Bid::id).collect(Collectors.toSet());
		Map<String, Object> before = sheetSummary(found.evaluation(), memberId);
		found.evaluation().recordSheet(memberId, sheet, schemeOf(tender), bidIds);
		long saved = this.store.save(found.evaluation(), version);
		this.tenders.audit(caller, tender, "record-score-sheet", before, sheetSummary(found.evaluation(), memberId),
				null);
		return new Versioned(found.evaluation(), saved);
	}

	/**
	 * Counts the qualified bids and, when the method has enough to go on, ranks them;
	 * with too few the tender ends unsuccessful (流标). The tender is saved first: should
	 * saving the result then fail, finalising again repeats the same scoring.
	 * @param version the tender's version
	 */
	public TenderCommands.Changed<TenderEvent> finalise(Caller caller, String tenderId, long version) {
		TenderStore.Versioned found = this.tenders.changeable(caller, tenderId, version);
		Versioned evaluation = evaluationOf(tenderId);
		List<Bid> qualified = this.bidding.standingBids(tenderId);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		TenderCommands.Changed<TenderEvent> changed = this.tenders.run(caller, found, "finalise-scoring", null,
				(tender) -> {
					TenderEvent event = tender.recordScoring(qualified.size());
					if (event instanceof BidsScored) {
						evaluation.evaluation()
							.rank(qualified, schemeOf(tender), this.ranking, lastFinalGrades(qualified), now);
					}
					else {
						evaluation.evaluation().endWithoutRanking(qualified.size(), now);
					}
					return event;
				});
		this.store.save(evaluation.evaluation(), evaluation.version());
		return changed;
	}

	/** The full evaluation, for those who may read the tender. */
	public Versioned read(Caller caller, String tenderId) {
		this.tenders.readable(caller, tenderId);
		return evaluationOf(tenderId);
	}

	/** The finalised result, or a refusal if the bids were never scored. */
	public ScoringResult resultOf(String tenderId) {
		return this.store.find(tenderId)
			.flatMap((found) -> found.evaluation().result())
			.orElseThrow(() -> ProblemException.conflict("bids-not-scored",
					"The bids on tender " + tenderId + " have not been scored yet.", tenderId));
	}

	/**
	 * Until buyers define their own schemes, every tender names the national default.
	 */
	static ScoringScheme schemeOf(Tender tender) {
		if (!"national-default".equals(tender.scoringSchemeId())) {
			throw new IllegalStateException(
					"tender " + tender.id() + " names unknown scoring scheme " + tender.scoringSchemeId());
		}
		return ScoringScheme.nationalDefault();
	}

	private Map<String, PastGrade> lastFinalGrades(List<Bid> bids) {
		Map<String, PastGrade> grades = new LinkedHashMap<>();
		bids.forEach((bid) -> grades.put(bid.agencyId(), this.pastGrades.lastFinalGradeOf(bid.agencyId())));
		return grades;
	}

	/** A tender an officer of its region may evaluate: bidding closed, not yet scored. */
	private Tender inEvaluation(Caller caller, String tenderId) {
		Tender tender = this.tenders.changeable(caller, tenderId).tender();
		if (tender.status() != TenderStatus.BIDDING_CLOSED) {
			throw ProblemException.conflict("tender-not-in-evaluation",
					"Tender " + tenderId + " is " + tender.status()
							+ "; the panel works on a tender whose bidding is closed and not yet scored.",
					tenderId, tender.status());
		}
		return tender;
	}

	private Versioned evaluationOf(String tenderId) {
		return this.store.find(tenderId)
			.orElseThrow(() -> ProblemException.notFound("panel-not-appointed",
					"Tender " + tenderId + " has no review panel yet.", tenderId));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

	private static List<String> memberIds(BidEvaluation evaluation) {
		return evaluation.panel().stream().map(PanelMember::memberId).toList();
	}

	private static Map<String, Object> sheetSummary(BidEvaluation evaluation, String memberId) {
		Map<String, Object> fields = new LinkedHashMap<>();
		evaluation.scores()
			.stream()
			.filter((score) -> score.memberId().equals(memberId))
			.forEach((score) -> fields.put(memberId + "/" + score.bidId() + "/" + score.criterion(),
					score.score().toPlainString()));
		return fields;
	}

}
