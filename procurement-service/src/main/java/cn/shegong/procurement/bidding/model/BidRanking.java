package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.shegong.procurement.money.model.Money;

/**
 * Ranks the valid bids of a tender by their total: weighted price score, panel quality
 * score and the priority bonus of the agency's last final grade. Equal totals go to the
 * lower price, then to the earlier submission [NAT 财政部令第87号 art 65 breaks ties by price;
 * the submission time is ours], and last to the bid id so the order never depends on the
 * input's.
 */
public record BidRanking(PriorityBonus priorityBonus) {

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::total)
		.reversed()
		.thenComparing(Candidate::price)
		.thenComparing(Candidate::submittedAt)
		.thenComparing(Candidate::bidId);

	public BidRanking {
		if (priorityBonus == null) {
			throw new IllegalArgumentException("a ranking needs its priority bonus, PriorityBonus.none() for none");
		}
	}

	/**
	 * @param validBids the bids still standing and found eligible
	 * @param lastFinalGradeByAgency agencies missing from it have no past grade
	 */
	public List<RankedBid> rank(List<Bid> validBids, PanelScores panelScores,
			Map<String, PastGrade> lastFinalGradeByAgency) {
		List<PriceScore> priceScores = PriceScore.scoreAll(validBids, panelScores.scheme());
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < validBids.size(); i++) {
			Bid bid = validBids.get(i);
			PastGrade grade = lastFinalGradeByAgency.getOrDefault(bid.agencyId(), PastGrade.NONE);
			candidates.add(new Candidate(bid, priceScores.get(i), panelScores.qualityScoreOf(bid.id()), grade,
					this.priorityBonus.bonusFor(grade)));
		}
		candidates.sort(BEST_FIRST);
		List<RankedBid> ranking = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			ranking.add(candidates.get(i).rankedAt(i + 1));
		}
		return List.copyOf(ranking);
	}

	private record Candidate(Bid bid, PriceScore priceScore, QualityScore qualityScore, PastGrade grade,
			BigDecimal bonus) {

		BigDecimal total() {
			return this.priceScore.weighted().add(this.qualityScore.total()).add(this.bonus);
		}

		Money price() {
			return this.bid.price();
		}

		Instant submittedAt() {
			return this.bid.submittedAt();
		}

		String bidId() {
			return this.bid.id();
		}

		RankedBid rankedAt(int rank) {
			return new RankedBid(rank, bidId(), this.bid.agencyId(), price(), submittedAt(), this.priceScore,
					this.qualityScore, this.grade, this.bonus, total());
		}

	}

}
