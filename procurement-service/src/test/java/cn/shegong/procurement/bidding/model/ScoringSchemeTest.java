package cn.shegong.procurement.bidding.model;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScoringSchemeTest {

	private static ScoringScheme withPriceWeight(int priceWeight) {
		return ScoringScheme.define(priceWeight, List.of(new QualityCriterion("服务方案", 10_000 - priceWeight)),
				PriceWeightRange.forServices());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1_000, 3_000 })
	void priceWeightsOfTenAndThirtyPercentAreAccepted(int priceWeight) {
		assertThat(withPriceWeight(priceWeight).priceWeightBasisPoints()).isEqualTo(priceWeight);
	}

	@ParameterizedTest
	@ValueSource(ints = { 999, 3_001 })
	void priceWeightsOf9Point99And30Point01PercentAreRefused(int priceWeight) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> withPriceWeight(priceWeight))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("price-weight-out-of-range"))
			.withMessageContaining(String.valueOf(priceWeight))
			.withMessageContaining("between 1000 and 3000");
	}

	@Test
	void aCityMayConfigureAnotherPriceWeightRange() {
		ScoringScheme scheme = ScoringScheme.define(500, List.of(new QualityCriterion("服务方案", 9_500)),
				new PriceWeightRange(500, 3_000));

		assertThat(scheme.priceWeightBasisPoints()).isEqualTo(500);
	}

	@Test
	void weightsThatDoNotMakeOneHundredPercentAreRefused() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> ScoringScheme.define(3_000,
					List.of(new QualityCriterion("服务方案", 4_000), new QualityCriterion("团队配置", 2_999)),
					PriceWeightRange.forServices()))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("scheme-weights-do-not-sum-to-100"))
			.withMessageContaining("together 9999");
	}

	@Test
	void weightsThatMakeExactlyOneHundredPercentAreAccepted() {
		assertThat(ScoringSchemes.thirtyPercentPrice().qualityCriteria()).extracting(QualityCriterion::name)
			.containsExactly(ScoringSchemes.PROPOSAL, ScoringSchemes.TEAM);
	}

	@Test
	void aCriterionNamedTwiceIsRefused() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> ScoringScheme.define(3_000,
					List.of(new QualityCriterion("服务方案", 4_000), new QualityCriterion("服务方案", 3_000)),
					PriceWeightRange.forServices()))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("quality-criterion-named-twice"));
	}

	@Test
	void aCriterionWithoutWeightIsRefused() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> new QualityCriterion("服务方案", 0))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("quality-criterion-weight-not-positive"));
	}

	@Test
	void theNationalDefaultWeighsPriceAtTwentyPercentWithinTheRangeForServices() {
		ScoringScheme scheme = ScoringScheme.nationalDefault();

		assertThat(scheme.priceWeightBasisPoints()).isEqualTo(2_000);
		assertThat(PriceWeightRange.forServices().contains(scheme.priceWeightBasisPoints())).isTrue();
		assertThat(scheme.qualityCriteria()).extracting(QualityCriterion::name).containsExactly("服务方案", "团队配置");
	}

}
