package cn.shegong.feedback.grouping.application;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.grouping.model.GroupingPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupingPropertiesTest {

	@Test
	void unsetValuesKeepTheMeasuredDefaults() {
		GroupingProperties properties = new GroupingProperties(null, null, null, null, null, null, null, null, null,
				null, null, null);
		assertThat(properties.policy()).isEqualTo(GroupingPolicy.DEFAULT);
		assertThat(properties.lookback()).isEqualTo(Duration.ofDays(90));
		assertThat(properties.placementAttempts()).isEqualTo(5);
	}

	@Test
	void aSetThresholdReplacesOnlyTheThreshold() {
		GroupingProperties properties = new GroupingProperties(0.3, null, null, null, null, null, null, null, null,
				null, null, null);
		assertThat(properties.policy()).isEqualTo(GroupingPolicy.DEFAULT.withThreshold(0.3));
	}

	@Test
	void aLookbackOfZeroIsRefusedAndOneSecondIsAccepted() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupingProperties(null, null, null, null, null, null,
				null, null, null, null, Duration.ZERO, null));
		assertThat(new GroupingProperties(null, null, null, null, null, null, null, null, null, null,
				Duration.ofSeconds(1), null)
			.lookback()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void atLeastOnePlacementAttemptIsNeeded() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new GroupingProperties(null, null, null, null, null, null, null, null, null, null, null, 0));
		assertThat(new GroupingProperties(null, null, null, null, null, null, null, null, null, null, null, 1)
			.placementAttempts()).isEqualTo(1);
	}

	@Test
	void theTechniquesCanBeSwitchedOffOneByOne() {
		GroupingProperties properties = new GroupingProperties(null, null, 0.0, true, false, null, null, 0, null, null,
				null, null);
		assertThat(properties.policy())
			.isEqualTo(GroupingPolicy.DEFAULT.withBlend(GroupingPolicy.DEFAULT.bigramWeight(), 0)
				.withTechniques(true, false, 0));
	}

	@Test
	void closestWordingLinkageCanBeChosenInsteadOfTheMean() {
		GroupingProperties properties = new GroupingProperties(null, null, null, null, null, null, null, null, null,
				false, null, null);
		assertThat(properties.policy()).isEqualTo(GroupingPolicy.DEFAULT.withLinkage(false));
	}

	@Test
	void aPolicyThatCannotHoldIsRefusedAtStartUp() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new GroupingProperties(1.5, null, null, null, null, null, null, null, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new GroupingProperties(null, null, null, null, null, 128, 48, null, null, null, null, null));
	}

}
