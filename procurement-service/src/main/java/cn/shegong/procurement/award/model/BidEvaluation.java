package cn.shegong.procurement.award.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidRanking;
import cn.shegong.procurement.bidding.model.ConflictOfInterest;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PanelScore;
import cn.shegong.procurement.bidding.model.PanelScores;
import cn.shegong.procurement.bidding.model.PastGrade;
import cn.shegong.procurement.bidding.model.ScoringScheme;

/**
 * The review panel's evaluation of one tender's bids (评标): who sits on the panel, the
 * score sheet each member handed in, and once finalised the result. A member tied to a
 * bidder never gets on the panel; each sheet is checked as it is recorded; the ranking
 * needs every member's score on every criterion of every qualified bid.
 */
public final class BidEvaluation {

	private final String tenderId;

	private final String buyerRegion;

	private final List<PanelMember> panel;

	private List<PanelScore> scores;

	private ScoringResult result;

	private BidEvaluation(String tenderId, String buyerRegion, List<PanelMember> panel, List<PanelScore> scores,
			ScoringResult result) {
		if (tenderId == null || tenderId.isBlank() || buyerRegion == null || buyerRegion.isBlank()) {
			throw new IllegalArgumentException("an evaluation belongs to a tender of a region");
		}
		if (panel == null || panel.isEmpty()) {
			throw new IllegalArgumentException("a review panel has at least one member");
		}
		this.tenderId = tenderId;
		this.buyerRegion = buyerRegion;
		this.panel = List.copyOf(panel);
		this.scores = List.copyOf(scores);
		this.result = result;
	}

	/**
	 * Seats a panel for the tender, refusing any member who declared a tie that still
	 * counts to any of the bidders [NAT 财库〔2016〕198号].
	 * @param bidderAgencyIds the agencies whose bids the panel will score
	 */
	public static BidEvaluation appoint(String tenderId, String buyerRegion, List<PanelMember> members,
			Collection<String> bidderAgencyIds, LocalDate today, ConflictOfInterest conflicts) {
		requireDistinct(members);
		members.forEach((member) -> conflicts.check(member, bidderAgencyIds, today));
		return new BidEvaluation(tenderId, buyerRegion, members, List.of(), null);
	}

	/** An evaluation as it was saved. */
	public static BidEvaluation restore(String tenderId, String buyerRegion, List<PanelMember> panel,
			List<PanelScore> scores, ScoringResult result) {
		return new BidEvaluation(tenderId, buyerRegion, panel, scores, result);
	}

	/**
	 * Records a member's sheet, replacing any sheet they handed in before, so a member
	 * may correct their scores until the scoring is finalised.
	 * @param bidIds the bids the panel scores; a score for any other is refused
	 */
	public void recordSheet(String memberId, List<PanelScore> sheet, ScoringScheme scheme, Set<String> bidIds) {
		if (this.result != null) {
			throw ProblemException.conflict(
					"scoring-already-finalised", "The scoring of tender " + this.tenderId + " was finalised at "
							+ this.result.finalisedAt() + "; sheets can no longer change.",
					this.tenderId, this.result.finalisedAt());
		}
		if (!panelMemberIds().contains(memberId)) {
			throw ProblemException.forbidden("not-on-the-panel", memberId + " is not a member of this review panel.",
					memberId);
		}
		for (PanelScore score : sheet) {
			if (!score.memberId().equals(memberId)) {
				throw new IllegalArgumentException("a sheet holds only its own member's scores");
			}
			if (!bidIds.contains(score.bidId())) {
				throw ProblemException.ruleViolated("score-for-unknown-bid",
						"Tender " + this.tenderId + " has no bid " + score.bidId() + " in the competition to score.",
						score.bidId(), this.tenderId);
			}
		}
		List<PanelScore> all = new ArrayList<>(this.scores);
		all.removeIf((score) -> score.memberId().equals(memberId));
		all.addAll(sheet);
		PanelScores.of(scheme, panelMemberIds(), all);
		this.scores = List.copyOf(all);
	}

	/**
	 * Ranks the qualified bids by weighted price score, quality score and priority bonus.
	 * May be run again (重新评审) while the award is not yet proposed; the caller sees to
	 * that.
	 */
	public ScoringResult rank(List<Bid> qualifiedBids, ScoringScheme scheme, BidRanking ranking,
			Map<String, PastGrade> lastFinalGradeByAgency, Instant at) {
		PanelScores panelScores = PanelScores.of(scheme, panelMemberIds(), this.scores);
		this.result = new ScoringResult(qualifiedBids.size(),
				ranking.rank(qualifiedBids, panelScores, lastFinalGradeByAgency), at);
		return this.result;
	}

	/** Too few bids qualified to go on: nothing is ranked. */
	public ScoringResult endWithoutRanking(int qualifiedBids, Instant at) {
		this.result = new ScoringResult(qualifiedBids, List.of(), at);
		return this.result;
	}

	private Set<String> panelMemberIds() {
		return this.panel.stream().map(PanelMember::memberId).collect(Collectors.toSet());
	}

	private static void requireDistinct(List<PanelMember> members) {
		Set<String> seen = new HashSet<>();
		for (PanelMember member : members) {
			if (!seen.add(member.memberId())) {
				throw ProblemException.ruleViolated("panel-member-listed-twice",
						"Panel member " + member.memberId() + " is listed more than once.", member.memberId());
			}
		}
	}

	public String tenderId() {
		return this.tenderId;
	}

	public String buyerRegion() {
		return this.buyerRegion;
	}

	public List<PanelMember> panel() {
		return this.panel;
	}

	public List<PanelScore> scores() {
		return this.scores;
	}

	public Optional<ScoringResult> result() {
		return Optional.ofNullable(this.result);
	}

}
