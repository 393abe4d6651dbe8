package cn.shegong.evaluation.scheme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SchemeSettingsTest {

	@Test
	void theDefaultsAreDomainSixs() {
		SchemeSettings defaults = SchemeSettings.defaults();

		assertThat(defaults.total()).isEqualByComparingTo("100");
		assertThat(defaults.levels()).isEqualTo(3);
		assertThat(defaults.split()).isEqualTo(new QualitativeSplit(2_500, 0));
		assertThat(defaults.rounding()).isEqualTo(new ScoreRounding(2, RoundingMode.HALF_UP));
		assertThat(defaults.composite().weights()).containsOnlyKeys(ScorerRole.THIRD_PARTY, ScorerRole.BUYER,
				ScorerRole.SERVICE_USERS);
		assertThat(defaults.composite().weights().get(ScorerRole.THIRD_PARTY)).isEqualByComparingTo("70");
		assertThat(defaults.spreadLimit().basisPointsOfLeafMax()).isEqualTo(1_500);
		assertThat(defaults.financeVeto()).isTrue();
	}

	@Test
	void compositeWeightsSummingTo99AreRefused() {
		assertThatThrownBy(() -> CompositeWeights.percentages(70, 19, 10)).hasMessageContaining("sum to 99")
			.extracting("rule")
			.isEqualTo("composite-weights-do-not-sum");
	}

	@Test
	void aPointsModelSummingTo1000IsAccepted() {
		assertThat(CompositeWeights.guangzhouPoints().outOf()).isEqualByComparingTo("1000");
	}

	@Test
	void aCompositeWeightOfZeroIsRefused() {
		assertThatThrownBy(() -> new CompositeWeights(
				Map.of(ScorerRole.THIRD_PARTY, BigDecimal.valueOf(100), ScorerRole.BUYER, BigDecimal.ZERO),
				BigDecimal.valueOf(100)))
			.extracting("rule")
			.isEqualTo("composite-weight-not-positive");
	}

	@Test
	void gradeBandsOutOfOrderAreRefused() {
		assertThatThrownBy(() -> new GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(80), BigDecimal.valueOf(60)))
			.extracting("rule")
			.isEqualTo("grade-bands-out-of-order");
		assertThatThrownBy(
				() -> new GradeBands(BigDecimal.valueOf(101), BigDecimal.valueOf(80), BigDecimal.valueOf(60)))
			.extracting("rule")
			.isEqualTo("grade-bands-out-of-order");
	}

	@Test
	void roundingWithoutAModeOrBeyondFourDecimalsIsRefused() {
		assertThatThrownBy(() -> new ScoreRounding(2, RoundingMode.UNNECESSARY)).extracting("rule")
			.isEqualTo("invalid-score-rounding");
		assertThatThrownBy(() -> new ScoreRounding(5, RoundingMode.HALF_UP)).extracting("rule")
			.isEqualTo("invalid-score-rounding");
		assertThat(new ScoreRounding(4, RoundingMode.DOWN).scale()).isEqualTo(4);
	}

	@Test
	void aSpreadLimitOutside0To10000BasisPointsIsRefused() {
		assertThatThrownBy(() -> new SpreadLimit(-1)).extracting("rule").isEqualTo("invalid-spread-limit");
		assertThatThrownBy(() -> new SpreadLimit(10_001)).extracting("rule").isEqualTo("invalid-spread-limit");
	}

	@Test
	void aQualitativeShareAbove100PercentIsRefused() {
		assertThatThrownBy(() -> new QualitativeSplit(10_001, 0)).extracting("rule")
			.isEqualTo("invalid-qualitative-split");
	}

	@Test
	void aFourLevelTreeIsRefusedBySettings() {
		assertThatThrownBy(() -> new SchemeSettings(BigDecimal.valueOf(100), 4, QualitativeSplit.defaults(),
				ScoreRounding.defaults(), GradeBands.defaults(), CompositeWeights.defaults(), SpreadLimit.defaults(),
				true))
			.extracting("rule")
			.isEqualTo("invalid-scheme-settings");
	}

}
