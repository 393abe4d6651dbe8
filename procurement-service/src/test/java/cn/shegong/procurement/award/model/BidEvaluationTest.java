package cn.shegong.procurement.award.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.bidding.model.Bid;
import cn.shegong.procurement.bidding.model.BidRanking;
import cn.shegong.procurement.bidding.model.Bids;
import cn.shegong.procurement.bidding.model.ConflictOfInterest;
import cn.shegong.procurement.bidding.model.Declaration;
import cn.shegong.procurement.bidding.model.DeclaredRelation;
import cn.shegong.procurement.bidding.model.PanelMember;
import cn.shegong.procurement.bidding.model.PanelScore;
import cn.shegong.procurement.bidding.model.PastGrade;
import cn.shegong.procurement.bidding.model.PriorityBonus;
import cn.shegong.procurement.bidding.model.RankedBid;
import cn.shegong.procurement.bidding.model.ScoringScheme;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class BidEvaluationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 2);

	private static final Instant NOW = Instant.parse("2026-07-02T02:00:00Z");

	private static final ScoringScheme SCHEME = ScoringScheme.nationalDefault();

	private static final Bid SUNSHINE = Bids.submitted("bid-1", Bids.AGENCY, "450000.00", 0);

	private static final Bid HARMONY = Bids.submitted("bid-2", Bids.OTHER_AGENCY, "438000.00", 5);

	private static final Set<String> BIDS = Set.of("bid-1", "bid-2");

	@Test
	void aConflictedPanelMemberIsRefused() {
		PanelMember formerDirector = member("expert-2",
				Declaration.ended(Bids.OTHER_AGENCY, DeclaredRelation.DIRECTOR, TODAY.minusYears(2)));

		ProblemException refusal = refusalOf(() -> appoint(member("expert-1"), formerDirector));

		assertThat(refusal.rule()).isEqualTo("panel-member-conflict");
	}

	@Test
	void aTieThatEndedMoreThanThreeYearsAgoNoLongerKeepsAMemberOff() {
		PanelMember longGone = member("expert-2",
				Declaration.ended(Bids.OTHER_AGENCY, DeclaredRelation.EMPLOYED, TODAY.minusYears(3).minusDays(1)));

		assertThat(appoint(member("expert-1"), longGone).panel()).hasSize(2);
	}

	@Test
	void aMemberListedTwiceIsRefused() {
		assertThat(refusalOf(() -> appoint(member("expert-1"), member("expert-1"))).rule())
			.isEqualTo("panel-member-listed-twice");
	}

	@Test
	void aScoreForABidNotInTheCompetitionIsRefusedAndNothingIsRecorded() {
		BidEvaluation evaluation = appoint(member("expert-1"));

		ProblemException refusal = refusalOf(() -> evaluation.recordSheet("expert-1",
				List.of(score("expert-1", "bid-withdrawn", "服务方案", "90")), SCHEME, BIDS));

		assertThat(refusal.rule()).isEqualTo("score-for-unknown-bid");
		assertThat(evaluation.scores()).isEmpty();
	}

	@Test
	void aSheetFromSomeoneOffThePanelIsRefused() {
		BidEvaluation evaluation = appoint(member("expert-1"));

		assertThat(refusalOf(() -> evaluation.recordSheet("expert-9", List.of(), SCHEME, BIDS)).rule())
			.isEqualTo("not-on-the-panel");
	}

	@Test
	void aNewSheetReplacesTheMembersEarlierOne() {
		BidEvaluation evaluation = appoint(member("expert-1"));
		evaluation.recordSheet("expert-1", fullSheet("expert-1", "bid-1", "70"), SCHEME, BIDS);

		evaluation.recordSheet("expert-1", fullSheet("expert-1", "bid-1", "90"), SCHEME, BIDS);

		assertThat(evaluation.scores()).hasSize(2)
			.allSatisfy((score) -> assertThat(score.score()).isEqualByComparingTo("90"));
	}

	@Test
	void theRankingNeedsEveryMembersScoreOnEveryCriterionOfEveryBid() {
		BidEvaluation evaluation = appoint(member("expert-1"), member("expert-2"));
		evaluation.recordSheet("expert-1", both("expert-1", "80"), SCHEME, BIDS);

		ProblemException refusal = refusalOf(() -> rank(evaluation, Map.of()));

		assertThat(refusal.rule()).isEqualTo("panel-scores-incomplete");
		assertThat(evaluation.result()).isEmpty();
	}

	@Test
	void theRankingAddsTheWeightedPriceScoreTheQualityScoreAndThePriorityBonus() {
		BidEvaluation evaluation = appoint(member("expert-1"));
		evaluation.recordSheet("expert-1", both("expert-1", "80"), SCHEME, BIDS);

		ScoringResult result = rank(evaluation, Map.of(Bids.AGENCY, PastGrade.EXCELLENT));

		assertThat(result.qualifiedBids()).isEqualTo(2);
		RankedBid sunshine = result.rankedBidOf(Bids.AGENCY).orElseThrow();
		// 438000 / 450000 × 100 = 97.33, × 20% = 19.47; quality 80 × 80% = 64.00; bonus
		// 2.00
		assertThat(sunshine.priceScore().weighted()).isEqualByComparingTo("19.47");
		assertThat(sunshine.qualityScore().total()).isEqualByComparingTo("64.00");
		assertThat(sunshine.total()).isEqualByComparingTo("85.47");
		// The cheaper bid scores 20.00 + 64.00 = 84.00 and, without a bonus, ranks
		// second.
		assertThat(result.ranking()).extracting(RankedBid::agencyId).containsExactly(Bids.AGENCY, Bids.OTHER_AGENCY);
		assertThat(result.ranking().get(1).total()).isEqualByComparingTo("84.00");
	}

	@Test
	void sheetsCannotChangeOnceTheScoringIsFinalised() {
		BidEvaluation evaluation = appoint(member("expert-1"));
		evaluation.recordSheet("expert-1", both("expert-1", "80"), SCHEME, BIDS);
		rank(evaluation, Map.of());

		assertThat(refusalOf(() -> evaluation.recordSheet("expert-1", both("expert-1", "95"), SCHEME, BIDS)).rule())
			.isEqualTo("scoring-already-finalised");
	}

	@Test
	void tooFewQualifiedBidsEndTheScoringWithoutARanking() {
		BidEvaluation evaluation = appoint(member("expert-1"));

		ScoringResult result = evaluation.endWithoutRanking(1, NOW);

		assertThat(result.qualifiedBids()).isEqualTo(1);
		assertThat(result.ranking()).isEmpty();
		assertThat(evaluation.result()).contains(result);
	}

	private static BidEvaluation appoint(PanelMember... members) {
		return BidEvaluation.appoint("tender-2026-017", "330481", List.of(members),
				Set.of(Bids.AGENCY, Bids.OTHER_AGENCY), TODAY, ConflictOfInterest.defaults());
	}

	private static ScoringResult rank(BidEvaluation evaluation, Map<String, PastGrade> grades) {
		return evaluation.rank(List.of(SUNSHINE, HARMONY), SCHEME, new BidRanking(PriorityBonus.defaults()), grades,
				NOW);
	}

	private static PanelMember member(String id, Declaration... declarations) {
		return new PanelMember(id, "评审 " + id, List.of(declarations));
	}

	private static PanelScore score(String member, String bidId, String criterion, String value) {
		return new PanelScore(member, bidId, criterion, new BigDecimal(value));
	}

	private static List<PanelScore> fullSheet(String member, String bidId, String value) {
		return SCHEME.qualityCriteria().stream().map((c) -> score(member, bidId, c.name(), value)).toList();
	}

	private static List<PanelScore> both(String member, String value) {
		return Stream.concat(fullSheet(member, "bid-1", value).stream(), fullSheet(member, "bid-2", value).stream())
			.toList();
	}

}
