package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;

/**
 * A bid's result on one quality criterion: the panel's mean score and its weighted share.
 *
 * @param meanScore mean of the members' scores out of 100, scale 2 half-up
 * @param weighted the mean score times the criterion's weight, scale 2 half-up
 */
public record CriterionScore(String criterion, int weightBasisPoints, BigDecimal meanScore, BigDecimal weighted) {

}
