package cn.shegong.evaluation.figure.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentagesTest {

	@Test
	void basisPointsAreAPercentageWithTwoDecimals() {
		assertThat(Percentages.ofBasisPoints(6250)).isEqualByComparingTo("62.50").hasScaleOf(2);
		assertThat(Percentages.ofBasisPoints(10000)).isEqualByComparingTo("100.00");
	}

	@Test
	void aFractionIsRoundedHalfUpAndAFractionOfNothingIsZero() {
		assertThat(Percentages.of(2, 3)).isEqualByComparingTo("66.67");
		assertThat(Percentages.of(1, 8)).isEqualByComparingTo("12.50");
		assertThat(Percentages.of(0, 0)).isEqualByComparingTo("0.00");
	}

}
