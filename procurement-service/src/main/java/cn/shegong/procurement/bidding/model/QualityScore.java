package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bid's quality score: the sum of its weighted criterion scores, each shown so the
 * panel can be asked about any of them.
 *
 * @param total sum of the criteria's weighted scores, scale 2
 */
public record QualityScore(String bidId, List<CriterionScore> criteria, BigDecimal total) {

	public QualityScore {
		criteria = List.copyOf(criteria);
	}

}
