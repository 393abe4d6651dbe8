package cn.shegong.procurement.staffing.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FractionTest {

	@Test
	void fourOfSixIsExactlyTwoThirds() {
		assertThat(Fraction.of(4, 6).isAtLeast(Fraction.of(2, 3))).isTrue();
		assertThat(Fraction.of(4, 6).isGreaterThan(Fraction.of(2, 3))).isFalse();
	}

	@Test
	void threeOfSixFallsShortOfTwoThirds() {
		assertThat(Fraction.of(3, 6).isAtLeast(Fraction.of(2, 3))).isFalse();
	}

	@Test
	void keepsHowManyOfHowMany() {
		assertThat(Fraction.of(4, 6)).hasToString("4/6");
	}

	@Test
	void aZeroDenominatorOrNegativeNumeratorIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(-1, 3));
	}

	@Test
	void largeCountsDoNotOverflowTheComparison() {
		assertThat(Fraction.of(Integer.MAX_VALUE - 1, Integer.MAX_VALUE).isAtLeast(Fraction.of(2, 3))).isTrue();
	}

}
