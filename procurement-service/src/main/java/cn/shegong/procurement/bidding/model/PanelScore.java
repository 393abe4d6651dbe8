package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;

/**
 * One panel member's score of one bid on one quality criterion, out of 100.
 */
public record PanelScore(String memberId, String bidId, String criterion, BigDecimal score) {

	public PanelScore {
		if (memberId == null || bidId == null || criterion == null || score == null) {
			throw new IllegalArgumentException("a panel score names its member, bid, criterion and score");
		}
	}

}
