package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class PriceScoreTest {

	@Test
	void threeBidsAreScoredAgainstTheLowestByHand() {
		// 400000/400000 × 100 = 100.00 → × 30% = 30.00
		// 400000/450000 × 100 = 88.888… → 88.89 → × 30% = 26.667 → 26.67
		// 400000/500000 × 100 = 80.00 → × 30% = 24.00
		List<Bid> bids = List.of(Bids.submitted("b-450", "a2", "450000.00", 1),
				Bids.submitted("b-400", "a1", "400000.00", 2), Bids.submitted("b-500", "a3", "500000.00", 3));

		List<PriceScore> scores = PriceScore.scoreAll(bids, ScoringSchemes.thirtyPercentPrice());

		assertThat(scores).extracting(PriceScore::bidId, PriceScore::score, PriceScore::weighted)
			.containsExactly(tuple("b-450", new BigDecimal("88.89"), new BigDecimal("26.67")),
					tuple("b-400", new BigDecimal("100.00"), new BigDecimal("30.00")),
					tuple("b-500", new BigDecimal("80.00"), new BigDecimal("24.00")));
	}

	@Test
	void anExactHalfInTheThirdDecimalRoundsUp() {
		// 401/800 × 100 = 50.125 → 50.13 (half-even would give 50.12); × 10% = 5.013 →
		// 5.01
		List<Bid> bids = List.of(Bids.submitted("low", "a1", "401.00", 1), Bids.submitted("high", "a2", "800.00", 2));

		PriceScore high = PriceScore.scoreAll(bids, ScoringSchemes.tenPercentPrice()).get(1);

		assertThat(high.score()).isEqualTo(new BigDecimal("50.13"));
		assertThat(high.weighted()).isEqualTo(new BigDecimal("5.01"));
	}

	@Test
	void aSingleValidBidGetsFullPriceMarks() {
		PriceScore only = PriceScore.scoreAll(List.of(Bids.submitted()), ScoringSchemes.tenPercentPrice()).get(0);

		assertThat(only.score()).isEqualTo(new BigDecimal("100.00"));
		assertThat(only.weighted()).isEqualTo(new BigDecimal("10.00"));
	}

	@Test
	void noValidBidsGiveNoScores() {
		assertThat(PriceScore.scoreAll(List.of(), ScoringSchemes.tenPercentPrice())).isEmpty();
	}

	@Test
	void aWithdrawnBidIsNotScored() {
		Bid withdrawn = Bids.submitted().withdraw(Bids.AGENCY, Bids.DEADLINE, Bids.A_WEEK_BEFORE.plusSeconds(1)).bid();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> PriceScore.scoreAll(List.of(withdrawn), ScoringSchemes.tenPercentPrice()));
	}

}
