package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.shegong.platform.problem.ProblemException;

/**
 * The review panel's quality scores (评审): each member scores each quality criterion of
 * each bid from 0 to 100. A bid's quality score is the sum over the criteria of the
 * members' mean score times the criterion's weight; means and weighted parts are rounded
 * to two decimals half-up, so the published parts add up to the published total.
 */
public final class PanelScores {

	private static final BigDecimal LOWEST = BigDecimal.ZERO;

	private static final BigDecimal HIGHEST = BigDecimal.valueOf(100);

	private final ScoringScheme scheme;

	private final Set<String> panel;

	private final List<PanelScore> scores;

	private PanelScores(ScoringScheme scheme, Set<String> panel, List<PanelScore> scores) {
		this.scheme = scheme;
		this.panel = panel;
		this.scores = scores;
	}

	/**
	 * Checks every score as it is recorded; completeness is checked when a bid is
	 * totalled.
	 */
	public static PanelScores of(ScoringScheme scheme, Set<String> panelMemberIds, List<PanelScore> scores) {
		if (panelMemberIds.isEmpty()) {
			throw new IllegalArgumentException("a review panel has at least one member");
		}
		Set<String> panel = Set.copyOf(panelMemberIds);
		Set<String> seen = new HashSet<>();
		for (PanelScore score : scores) {
			requireValid(scheme, panel, score);
			if (!seen.add(score.memberId() + "\u0000" + score.bidId() + "\u0000" + score.criterion())) {
				throw ProblemException.conflict(
						"panel-score-given-twice", "Panel member " + score.memberId() + " scored bid " + score.bidId()
								+ " on " + score.criterion() + " more than once.",
						score.memberId(), score.bidId(), score.criterion());
			}
		}
		return new PanelScores(scheme, panel, List.copyOf(scores));
	}

	public ScoringScheme scheme() {
		return this.scheme;
	}

	/** The bid's quality score, once every member has scored it on every criterion. */
	public QualityScore qualityScoreOf(String bidId) {
		List<CriterionScore> criteria = new ArrayList<>();
		for (QualityCriterion criterion : this.scheme.qualityCriteria()) {
			criteria.add(criterionScore(bidId, criterion));
		}
		BigDecimal total = criteria.stream().map(CriterionScore::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new QualityScore(bidId, criteria, total.setScale(2, RoundingMode.UNNECESSARY));
	}

	private CriterionScore criterionScore(String bidId, QualityCriterion criterion) {
		List<PanelScore> given = this.scores.stream()
			.filter(score -> score.bidId().equals(bidId) && score.criterion().equals(criterion.name()))
			.toList();
		requireEveryMemberScored(bidId, criterion, given);
		BigDecimal sum = given.stream().map(PanelScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mean = sum.divide(BigDecimal.valueOf(given.size()), 2, RoundingMode.HALF_UP);
		BigDecimal weighted = mean.multiply(BigDecimal.valueOf(criterion.weightBasisPoints()))
			.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
		return new CriterionScore(criterion.name(), criterion.weightBasisPoints(), mean, weighted);
	}

	private void requireEveryMemberScored(String bidId, QualityCriterion criterion, List<PanelScore> given) {
		Set<String> missing = new TreeSet<>(this.panel);
		given.forEach(score -> missing.remove(score.memberId()));
		if (!missing.isEmpty()) {
			throw ProblemException.conflict("panel-scores-incomplete",
					"Bid " + bidId + " has no score on " + criterion.name() + " from panel members " + missing + ".",
					bidId, criterion.name(), missing);
		}
	}

	private static void requireValid(ScoringScheme scheme, Set<String> panel, PanelScore score) {
		if (!panel.contains(score.memberId())) {
			throw ProblemException.forbidden("not-on-the-panel",
					score.memberId() + " is not a member of this review panel.", score.memberId());
		}
		if (scheme.criterionNamed(score.criterion()).isEmpty()) {
			throw ProblemException.ruleViolated("unknown-quality-criterion",
					"The scoring scheme has no quality criterion " + score.criterion() + ".", score.criterion());
		}
		if (score.score().compareTo(LOWEST) < 0 || score.score().compareTo(HIGHEST) > 0) {
			throw ProblemException.ruleViolated("panel-score-out-of-range",
					"Panel member " + score.memberId() + " gave bid " + score.bidId() + " "
							+ score.score().toPlainString() + " on " + score.criterion()
							+ "; scores lie between 0 and 100.",
					score.memberId(), score.bidId(), score.criterion(), score.score());
		}
	}

}
