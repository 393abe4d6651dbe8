package cn.shegong.feedback.grouping.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupingPolicyTest {

	@Test
	void aThresholdOfOneMeansOnlyTheSameShinglesGroup() {
		assertThat(new GroupingPolicy(1, 0.5, 0, false, false, 128, 64, 0, 10).threshold()).isEqualTo(1);
	}

	@Test
	void aThresholdOfZeroOrAboveOneIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0, 0.5, 0, false, false, 128, 64, 0, 10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(1.01, 0.5, 0, false, false, 128, 64, 0, 10));
	}

	@Test
	void bandsMustDivideTheHashes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 0, false, false, 128, 48, 0, 10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 0, false, false, 0, 1, 0, 10));
		assertThat(new GroupingPolicy(0.2, 0.5, 0, false, false, 128, 128, 0, 10).bands()).isEqualTo(128);
	}

	@Test
	void aGroupKeepsAtLeastOneWording() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 0, false, false, 128, 64, 0, 0));
		assertThat(new GroupingPolicy(0.2, 0.5, 0, false, false, 128, 64, 0, 1).samplesPerGroup()).isEqualTo(1);
	}

	@Test
	void aBigramWeightOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0.2, 1.5, 0, false, false, 128, 64, 0, 10));
	}

	@Test
	void aKeyTermWeightOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 1.01, false, true, 128, 64, 0, 10));
		assertThat(new GroupingPolicy(0.2, 0.5, 1, false, true, 128, 64, 0, 10).keyTermWeight()).isEqualTo(1);
	}

	@Test
	void theExhaustiveLimitCannotBeNegativeAndZeroMeansAlwaysLsh() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 0, false, true, 128, 64, -1, 10));
		assertThat(new GroupingPolicy(0.2, 0.5, 0, false, true, 128, 64, 0, 10).exhaustiveUpTo()).isZero();
	}

}
