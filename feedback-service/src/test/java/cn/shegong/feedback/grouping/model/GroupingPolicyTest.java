package cn.shegong.feedback.grouping.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupingPolicyTest {

	@Test
	void aThresholdOfOneMeansOnlyTheSameShinglesGroup() {
		assertThat(new GroupingPolicy(1, 0.5, 128, 64, 10).threshold()).isEqualTo(1);
	}

	@Test
	void aThresholdOfZeroOrAboveOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingPolicy(0, 0.5, 128, 64, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingPolicy(1.01, 0.5, 128, 64, 10));
	}

	@Test
	void bandsMustDivideTheHashes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 128, 48, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 0, 1, 10));
		assertThat(new GroupingPolicy(0.2, 0.5, 128, 128, 10).bands()).isEqualTo(128);
	}

	@Test
	void aGroupKeepsAtLeastOneWording() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingPolicy(0.2, 0.5, 128, 64, 0));
		assertThat(new GroupingPolicy(0.2, 0.5, 128, 64, 1).samplesPerGroup()).isEqualTo(1);
	}

	@Test
	void aBigramWeightOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingPolicy(0.2, 1.5, 128, 64, 10));
	}

}
