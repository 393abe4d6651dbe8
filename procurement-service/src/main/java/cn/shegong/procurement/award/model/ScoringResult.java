package cn.shegong.procurement.award.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.shegong.procurement.bidding.model.RankedBid;

/**
 * What the panel's finalised scoring found: how many bids qualified and, when there were
 * enough to go on, their ranking with every part of each total.
 *
 * @param ranking best first; empty when too few bids qualified to rank them
 */
public record ScoringResult(int qualifiedBids, List<RankedBid> ranking, Instant finalisedAt) {

	public ScoringResult {
		if (qualifiedBids < 0 || finalisedAt == null) {
			throw new IllegalArgumentException("a scoring result counts its qualified bids and says when it was made");
		}
		ranking = List.copyOf(ranking);
	}

	public Optional<RankedBid> rankedBidOf(String agencyId) {
		return this.ranking.stream().filter((ranked) -> ranked.agencyId().equals(agencyId)).findFirst();
	}

}
