package cn.shegong.procurement.award.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.award.model.ScoringResult;
import cn.shegong.procurement.bidding.model.RankedBid;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * Award results as the public may read them (中标结果公告) once an award is final: who won at
 * what price, and every bidder's total score and rank. Nothing else of any bid.
 */
@Service
public class AwardResults {

	private final TenderStore tenders;

	private final BidEvaluationUseCases evaluations;

	AwardResults(TenderStore tenders, BidEvaluationUseCases evaluations) {
		this.tenders = tenders;
		this.evaluations = evaluations;
	}

	public AwardResult of(String tenderId) {
		Tender tender = this.tenders.find(tenderId)
			.map(TenderStore.Versioned::tender)
			.filter((found) -> found.status().hasBeenAwarded())
			.orElseThrow(() -> ProblemException.notFound("award-result-not-found",
					"Tender " + tenderId + " has no final award to publish.", tenderId));
		return resultOf(tender);
	}

	/** Every final award, most recent first. */
	public List<AwardResult> all() {
		return this.tenders.awarded().stream().map(this::resultOf).toList();
	}

	private AwardResult resultOf(Tender tender) {
		ScoringResult scoring = this.evaluations.resultOf(tender.id());
		String winner = tender.proposedAgencyId().orElseThrow();
		RankedBid winning = scoring.rankedBidOf(winner)
			.orElseThrow(() -> new IllegalStateException("tender " + tender.id() + " awarded an unranked agency"));
		List<BidderStanding> bidders = scoring.ranking()
			.stream()
			.map((ranked) -> new BidderStanding(ranked.agencyId(), ranked.rank(), ranked.total().toPlainString()))
			.toList();
		return new AwardResult(tender.id(), tender.notice().title(), tender.method().name(),
				tender.awardedOn().orElseThrow(), winner, winning.price(), bidders);
	}

	/** A final award as published. */
	public record AwardResult(String tenderId, String title, String method, LocalDate awardedOn, String winningAgencyId,
			Money winningPrice, List<BidderStanding> bidders) {

	}

	/** A bidder's place: its total score (two decimals) and rank, no more. */
	public record BidderStanding(String agencyId, int rank, String totalScore) {

	}

}
