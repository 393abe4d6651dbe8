package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static cn.shegong.procurement.bidding.model.ScoringSchemes.PROPOSAL;
import static cn.shegong.procurement.bidding.model.ScoringSchemes.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BidRankingTest {

	private final BidRanking ranking = new BidRanking(PriorityBonus.defaults());

	@Test
	void bidsRankByPriceScorePlusQualityScorePlusBonusWithEveryPartShown() {
		// b1: price 30.00 + quality (34.00 + 22.10) + bonus 0.00 = 86.10
		// b2: price 26.67 + quality (36.00 + 24.00) + 优秀 2.00 = 88.67
		// b3: price 24.00 + quality (38.00 + 27.00) + 良好 1.00 = 90.00
		List<Bid> bids = List.of(Bids.submitted("b1", "a1", "400000.00", 1), Bids.submitted("b2", "a2", "450000.00", 2),
				Bids.submitted("b3", "a3", "500000.00", 3));
		PanelScores panel = PanelSheets.under(ScoringSchemes.thirtyPercentPrice())
			.score("b1", PROPOSAL, "80", "85", "90")
			.score("b1", TEAM, "70", "75", "76")
			.score("b2", PROPOSAL, "90", "90", "90")
			.score("b2", TEAM, "80", "80", "80")
			.score("b3", PROPOSAL, "95", "95", "95")
			.score("b3", TEAM, "90", "90", "90")
			.done();

		List<RankedBid> ranked = this.ranking.rank(bids, panel,
				Map.of("a2", PastGrade.EXCELLENT, "a3", PastGrade.GOOD));

		assertThat(ranked)
			.extracting(RankedBid::rank, RankedBid::bidId, r -> r.priceScore().weighted(),
					r -> r.qualityScore().total(), RankedBid::bonus, RankedBid::total)
			.containsExactly(tuple(1, "b3", points("24.00"), points("65.00"), points("1.00"), points("90.00")),
					tuple(2, "b2", points("26.67"), points("60.00"), points("2.00"), points("88.67")),
					tuple(3, "b1", points("30.00"), points("56.10"), points("0.00"), points("86.10")));
		assertThat(ranked.get(2).lastFinalGrade()).isEqualTo(PastGrade.NONE);
	}

	@Test
	void equalTotalsGoToTheLowerPrice() {
		// cheap: 10.00 + 72.00 + 0 = 82.00; dear at 125 yuan: 8.00 + 72.00 + 优秀 2.00 =
		// 82.00
		List<Bid> bids = List.of(Bids.submitted("dear", "a2", "125.00", 1), Bids.submitted("cheap", "a1", "100.00", 2));
		PanelScores panel = PanelSheets.under(ScoringSchemes.tenPercentPrice())
			.scoreAllCriteria("dear", "80")
			.scoreAllCriteria("cheap", "80")
			.done();

		List<RankedBid> ranked = this.ranking.rank(bids, panel, Map.of("a2", PastGrade.EXCELLENT));

		assertThat(ranked).extracting(RankedBid::bidId, RankedBid::total)
			.containsExactly(tuple("cheap", points("82.00")), tuple("dear", points("82.00")));
	}

	@Test
	void equalTotalsAndPricesGoToTheEarlierSubmission() {
		List<Bid> bids = List.of(Bids.submitted("later", "a2", "100.00", 5),
				Bids.submitted("earlier", "a1", "100.00", 4));
		PanelScores panel = PanelSheets.under(ScoringSchemes.tenPercentPrice())
			.scoreAllCriteria("later", "80")
			.scoreAllCriteria("earlier", "80")
			.done();

		assertThat(this.ranking.rank(bids, panel, Map.of())).extracting(RankedBid::rank, RankedBid::bidId)
			.containsExactly(tuple(1, "earlier"), tuple(2, "later"));
	}

	@Test
	void withoutABonusThePastGradeChangesNothing() {
		List<Bid> bids = List.of(Bids.submitted("b1", "a1", "100.00", 1));
		PanelScores panel = PanelSheets.under(ScoringSchemes.tenPercentPrice()).scoreAllCriteria("b1", "80").done();

		RankedBid only = new BidRanking(PriorityBonus.none()).rank(bids, panel, Map.of("a1", PastGrade.EXCELLENT))
			.get(0);

		assertThat(only.bonus()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(only.total()).isEqualTo(points("82.00"));
	}

	private static BigDecimal points(String value) {
		return new BigDecimal(value);
	}

}
