package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import cn.shegong.procurement.money.model.Money;

/**
 * A bid's price score (价格分): the lowest valid price ÷ this bid's price × 100, and that
 * score times the price weight. Both kept to two decimals, half-up; the weighted score is
 * taken from the rounded score so that anyone can redo the sum from the published
 * figures.
 *
 * @param score out of 100, scale 2
 * @param weighted the score times the price weight, scale 2
 */
public record PriceScore(String bidId, Money price, BigDecimal score, BigDecimal weighted) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal WHOLE_IN_BASIS_POINTS = BigDecimal.valueOf(10_000);

	/**
	 * Scores the valid bids against each other, in the order given. Only bids still
	 * standing and found eligible belong here: a withdrawn or refused bid's price must
	 * not set the lowest price.
	 */
	public static List<PriceScore> scoreAll(List<Bid> validBids, ScoringScheme scheme) {
		if (validBids.stream().anyMatch(bid -> !bid.isStanding())) {
			throw new IllegalArgumentException("a withdrawn bid has no price score");
		}
		if (validBids.isEmpty()) {
			return List.of();
		}
		Money lowest = validBids.stream().map(Bid::price).min(Comparator.naturalOrder()).orElseThrow();
		return validBids.stream().map(bid -> of(bid, lowest, scheme.priceWeightBasisPoints())).toList();
	}

	private static PriceScore of(Bid bid, Money lowest, int priceWeightBasisPoints) {
		BigDecimal score = BigDecimal.valueOf(lowest.fen())
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(bid.price().fen()), 2, RoundingMode.HALF_UP);
		BigDecimal weighted = score.multiply(BigDecimal.valueOf(priceWeightBasisPoints))
			.divide(WHOLE_IN_BASIS_POINTS, 2, RoundingMode.HALF_UP);
		return new PriceScore(bid.id(), bid.price(), score, weighted);
	}

}
