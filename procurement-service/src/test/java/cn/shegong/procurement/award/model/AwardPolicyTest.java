package cn.shegong.procurement.award.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.bidding.model.PastGrade;
import cn.shegong.procurement.bidding.model.PriceScore;
import cn.shegong.procurement.bidding.model.QualityScore;
import cn.shegong.procurement.bidding.model.RankedBid;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class AwardPolicyTest {

	private static final List<RankedBid> RANKING = List.of(ranked(1, "agency-maqiao"), ranked(2, "agency-xiashi"));

	@Test
	void theTopRankedAgencyIsProposedWhenNoneIsNamed() {
		assertThat(AwardPolicy.choose(RANKING, Optional.empty(), null).agencyId()).isEqualTo("agency-maqiao");
	}

	@Test
	void namingTheTopRankedAgencyNeedsNoReason() {
		assertThat(AwardPolicy.choose(RANKING, Optional.of("agency-maqiao"), null).rank()).isEqualTo(1);
	}

	@Test
	void passingOverTheTopRankedAgencyWithoutAReasonIsRefused() {
		assertThat(refusalOf(() -> AwardPolicy.choose(RANKING, Optional.of("agency-xiashi"), " ")).rule())
			.isEqualTo("passing-over-top-ranked-needs-reason");
	}

	@Test
	void anotherRankedAgencyIsProposedWithAReasonOnRecord() {
		assertThat(AwardPolicy.choose(RANKING, Optional.of("agency-xiashi"), "排名第一的机构书面放弃").agencyId())
			.isEqualTo("agency-xiashi");
	}

	@Test
	void anAgencyWithoutARankedBidCannotBeProposed() {
		assertThat(refusalOf(() -> AwardPolicy.choose(RANKING, Optional.of("agency-nobody"), "any")).rule())
			.isEqualTo("proposed-agency-not-ranked");
	}

	@Test
	void withoutARankingThereIsNoOneToPropose() {
		assertThat(refusalOf(() -> AwardPolicy.choose(List.of(), Optional.empty(), null)).rule())
			.isEqualTo("no-ranked-bid");
	}

	private static RankedBid ranked(int rank, String agencyId) {
		String bidId = "bid-" + rank;
		BigDecimal score = new BigDecimal("80.00");
		return new RankedBid(rank, bidId, agencyId, Money.ofYuan(400_000), Instant.parse("2026-06-01T00:00:00Z"),
				new PriceScore(bidId, Money.ofYuan(400_000), score, score), new QualityScore(bidId, List.of(), score),
				PastGrade.NONE, BigDecimal.ZERO, score);
	}

}
