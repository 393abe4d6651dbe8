package cn.shegong.procurement.award.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shegong.procurement.award.model.BidEvaluation;
import cn.shegong.procurement.award.model.ScoringResult;
import cn.shegong.procurement.award.persistence.BidEvaluationStore.Versioned;
import cn.shegong.procurement.bidding.model.CriterionScore;
import cn.shegong.procurement.bidding.model.Declaration;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PanelScore;
import cn.shegong.procurement.bidding.model.RankedBid;

/**
 * A tender's bid evaluation in full, for the buyer's officers and supervisors: the panel
 * with its declarations, every score given and every part of every total. Scores are
 * strings with two decimals, exactly as computed.
 */
record BidEvaluationView(String tenderId, long version, List<MemberView> panel, List<ScoreView> scores,
		ResultView result) {

	static BidEvaluationView of(Versioned versioned) {
		BidEvaluation evaluation = versioned.evaluation();
		return new BidEvaluationView(evaluation.tenderId(), versioned.version(),
				evaluation.panel().stream().map(MemberView::of).toList(),
				evaluation.scores().stream().map(ScoreView::of).toList(),
				evaluation.result().map(ResultView::of).orElse(null));
	}

	record MemberView(String memberId, String name, List<TieView> declarations) {

		static MemberView of(PanelMember member) {
			return new MemberView(member.memberId(), member.name(),
					member.declarations().stream().map(TieView::of).toList());
		}

	}

	record TieView(String agencyId, String relation, LocalDate endedOn) {

		static TieView of(Declaration declaration) {
			return new TieView(declaration.agencyId(), declaration.relation().name(), declaration.endedOn());
		}

	}

	record ScoreView(String memberId, String bidId, String criterion, String score) {

		static ScoreView of(PanelScore score) {
			return new ScoreView(score.memberId(), score.bidId(), score.criterion(), score.score().toPlainString());
		}

	}

	record ResultView(int qualifiedBids, Instant finalisedAt, List<RankedBidView> ranking) {

		static ResultView of(ScoringResult result) {
			return new ResultView(result.qualifiedBids(), result.finalisedAt(),
					result.ranking().stream().map(RankedBidView::of).toList());
		}

	}

	record RankedBidView(int rank, String bidId, String agencyId, String priceYuan, String priceScore,
			String weightedPriceScore, String qualityScore, List<CriterionView> criteria, String lastFinalGrade,
			String bonus, String total) {

		static RankedBidView of(RankedBid ranked) {
			return new RankedBidView(ranked.rank(), ranked.bidId(), ranked.agencyId(),
					ranked.price().yuan().toPlainString(), ranked.priceScore().score().toPlainString(),
					ranked.priceScore().weighted().toPlainString(), ranked.qualityScore().total().toPlainString(),
					ranked.qualityScore().criteria().stream().map(CriterionView::of).toList(),
					ranked.lastFinalGrade().name(), ranked.bonus().toPlainString(), ranked.total().toPlainString());
		}

	}

	record CriterionView(String criterion, int weightBasisPoints, String meanScore, String weighted) {

		static CriterionView of(CriterionScore score) {
			return new CriterionView(score.criterion(), score.weightBasisPoints(), score.meanScore().toPlainString(),
					score.weighted().toPlainString());
		}

	}

}
