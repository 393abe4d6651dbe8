package cn.shegong.feedback.measure.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateTest {

	@Test
	void basisPointsRoundHalfUp() {
		assertThat(new Rate(2, 3).basisPoints()).isEqualTo(6667);
		assertThat(new Rate(1, 3).basisPoints()).isEqualTo(3333);
		assertThat(new Rate(1, 20_000).basisPoints()).as("0.5 bp").isEqualTo(1);
		assertThat(new Rate(3, 20_000).basisPoints()).as("1.5 bp").isEqualTo(2);
		assertThat(new Rate(1, 80_000).basisPoints()).as("0.125 bp").isZero();
		assertThat(new Rate(7, 7).basisPoints()).isEqualTo(10_000);
	}

	@Test
	void aRateOverNothingHasNoValueAndMeetsNoTarget() {
		Rate nothing = new Rate(0, 0);

		assertThat(nothing.isDefined()).isFalse();
		assertThat(nothing.basisPoints()).isNull();
		assertThat(nothing.meets(1)).isFalse();
	}

	@Test
	void exactlyTheTargetMeetsIt() {
		assertThat(new Rate(17, 20).meets(8500)).isTrue();
		assertThat(new Rate(16, 20).meets(8500)).isFalse();
	}

	@Test
	void aRateThatRoundsUpToTheTargetButFallsShortOfItDoesNotMeetIt() {
		Rate justShort = new Rate(16_999, 20_000);

		assertThat(justShort.basisPoints()).isEqualTo(8500);
		assertThat(justShort.meets(8500)).isFalse();
	}

	@Test
	void moreThanAllIsNotARate() {
		assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Rate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
	}

}
