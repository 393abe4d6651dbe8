package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.time.Instant;

import cn.shegong.procurement.money.model.Money;

/**
 * A bid's place in the ranking with every part of its total, so an officer can say why it
 * stands where it does.
 *
 * @param rank 1 for the best bid
 * @param total weighted price score + quality score + bonus, scale 2
 */
public record RankedBid(int rank, String bidId, String agencyId, Money price, Instant submittedAt,
		PriceScore priceScore, QualityScore qualityScore, PastGrade lastFinalGrade, BigDecimal bonus,
		BigDecimal total) {

}
