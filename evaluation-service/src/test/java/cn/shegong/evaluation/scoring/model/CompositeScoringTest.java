package cn.shegong.evaluation.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.evaluation.scheme.model.SchemeSettings;
import cn.shegong.evaluation.scheme.model.ScoreRounding;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scheme.model.Schemes;

class CompositeScoringTest {

	/**
	 * Zhanjiang's published example [LOC Zhanjiang]: 0.7 × 93.65 + 0.2 × 96 + 0.1 × 98.
	 */
	private static final Map<ScorerRole, BigDecimal> ZHANJIANG_TOTALS = Map.of(ScorerRole.THIRD_PARTY,
			new BigDecimal("93.65"), ScorerRole.BUYER, new BigDecimal("96"), ScorerRole.SERVICE_USERS,
			new BigDecimal("98"));

	private static CompositeResult zhanjiangWith(RoundingMode mode) {
		SchemeSettings settings = SchemeSettings.defaults().withRounding(new ScoreRounding(2, mode));
		return CompositeScoring.score(settings, ZHANJIANG_TOTALS, FinanceCheck.PASSED);
	}

	private static CompositeResult thirdPartyOnly(String total) {
		Map<ScorerRole, BigDecimal> totals = Map.of(ScorerRole.THIRD_PARTY, new BigDecimal(total), ScorerRole.BUYER,
				new BigDecimal(total), ScorerRole.SERVICE_USERS, new BigDecimal(total));
		return CompositeScoring.score(SchemeSettings.defaults(), totals, FinanceCheck.PASSED);
	}

	@Test
	void zhanjiangsExampleTruncatedGivesThePublished9455Excellent() {
		CompositeResult result = CompositeScoring.score(Schemes.zhanjiang(), ZHANJIANG_TOTALS, FinanceCheck.PASSED);

		assertThat(result.score()).isEqualTo("94.55");
		assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(result.grade().chineseName()).isEqualTo("优秀");
	}

	@Test
	void zhanjiangsExampleIs94555BeforeRounding() {
		SchemeSettings fourDecimals = SchemeSettings.defaults()
			.withRounding(new ScoreRounding(4, RoundingMode.HALF_UP));
		assertThat(CompositeScoring.score(fourDecimals, ZHANJIANG_TOTALS, FinanceCheck.PASSED).score())
			.isEqualTo("94.5550");
	}

	@Test
	void halfUpAndHalfEvenBothGive9456SoZhanjiangDoesNotUseThem() {
		// the dropped digit is exactly 5 after an odd 5, so half-even rounds up to the
		// even 6
		assertThat(zhanjiangWith(RoundingMode.HALF_UP).score()).isEqualTo("94.56");
		assertThat(zhanjiangWith(RoundingMode.HALF_EVEN).score()).isEqualTo("94.56");
	}

	@Test
	void halfDownAlsoGives9455SoOneExampleCannotTellItFromTruncation() {
		assertThat(zhanjiangWith(RoundingMode.HALF_DOWN).score()).isEqualTo("94.55");
		assertThat(zhanjiangWith(RoundingMode.FLOOR).score()).isEqualTo("94.55");
	}

	@Test
	void guangzhousPointsModelIsNormalisedTo100() {
		Map<ScorerRole, BigDecimal> totals = Map.of(ScorerRole.THIRD_PARTY, new BigDecimal("90"), ScorerRole.BUYER,
				new BigDecimal("80"), ScorerRole.SUPERVISOR, new BigDecimal("70"));

		// (90 × 700 + 80 × 200 + 70 × 100) ÷ 1000 = 86
		CompositeResult result = CompositeScoring.score(Schemes.guangzhou().settings(), totals, FinanceCheck.PASSED);

		assertThat(result.score()).isEqualTo("86.00");
		assertThat(result.grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void aCompositeOfExactly90IsExcellentAnd8999IsGood() {
		assertThat(thirdPartyOnly("90.00").grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(thirdPartyOnly("89.99").grade()).isEqualTo(Grade.GOOD);
	}

	@Test
	void aCompositeOfExactly60PassesAnd5999Fails() {
		assertThat(thirdPartyOnly("60.00").grade()).isEqualTo(Grade.PASS);
		assertThat(thirdPartyOnly("59.99").grade()).isEqualTo(Grade.FAIL);
	}

	@Test
	void aFailedFinanceCheckFailsTheGradeAndKeepsTheScore() {
		CompositeResult result = CompositeScoring.score(Schemes.zhanjiang(), ZHANJIANG_TOTALS, FinanceCheck.FAILED);

		assertThat(result.score()).isEqualTo("94.55");
		assertThat(result.bandGrade()).isEqualTo(Grade.EXCELLENT);
		assertThat(result.grade()).isEqualTo(Grade.FAIL);
		assertThat(result.financeVetoed()).isTrue();
	}

	@Test
	void aSchemeWithoutTheVetoIgnoresTheFinanceCheck() {
		SchemeSettings noVeto = new SchemeSettings(BigDecimal.valueOf(100), 3, SchemeSettings.defaults().split(),
				SchemeSettings.defaults().rounding(), SchemeSettings.defaults().bands(),
				SchemeSettings.defaults().composite(), SchemeSettings.defaults().spreadLimit(), false);

		CompositeResult result = CompositeScoring.score(noVeto, ZHANJIANG_TOTALS, FinanceCheck.FAILED);

		assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(result.financeVetoed()).isFalse();
	}

	@Test
	void aMissingRoleTotalIsRefused() {
		Map<ScorerRole, BigDecimal> noBuyer = Map.of(ScorerRole.THIRD_PARTY, BigDecimal.TEN, ScorerRole.SERVICE_USERS,
				BigDecimal.TEN);

		assertThatThrownBy(() -> CompositeScoring.score(SchemeSettings.defaults(), noBuyer, FinanceCheck.PASSED))
			.hasMessageContaining("BUYER")
			.extracting("rule")
			.isEqualTo("role-total-missing");
	}

	@Test
	void aTotalFromARoleWithoutWeightIsRefused() {
		Map<ScorerRole, BigDecimal> withSupervisor = new HashMap<>(ZHANJIANG_TOTALS);
		withSupervisor.put(ScorerRole.SUPERVISOR, BigDecimal.TEN);

		assertThatThrownBy(() -> CompositeScoring.score(SchemeSettings.defaults(), withSupervisor, FinanceCheck.PASSED))
			.extracting("rule")
			.isEqualTo("role-total-not-in-composite");
	}

	@Test
	void aRoleTotalAbove100IsRefused() {
		Map<ScorerRole, BigDecimal> over = new HashMap<>(ZHANJIANG_TOTALS);
		over.put(ScorerRole.BUYER, new BigDecimal("100.01"));

		assertThatThrownBy(() -> CompositeScoring.score(SchemeSettings.defaults(), over, FinanceCheck.PASSED))
			.hasMessageContaining("100.01")
			.extracting("rule")
			.isEqualTo("role-total-out-of-range");
	}

}
