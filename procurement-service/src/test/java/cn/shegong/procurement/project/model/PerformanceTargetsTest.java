package cn.shegong.procurement.project.model;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerformanceTargetsTest {

	@Test
	void defaultsComeFromTheSeedDocuments() {
		PerformanceTargets targets = PerformanceTargets.defaults(Map.of("cases", 30));

		assertThat(targets.satisfactionBp()).isEqualTo(8500);
		assertThat(targets.awarenessBp()).isEqualTo(8000);
		assertThat(targets.responseHours()).isEqualTo(48);
		assertThat(targets.resourcesLinked()).isEqualTo(5);
		assertThat(targets.communityHoursShareBp()).isEqualTo(6000);
	}

	@Test
	void aRateAboveAHundredPercentIsRefused() {
		assertThatThrownBy(() -> new PerformanceTargets(10_001, 8500, 8000, 48, 5, 6000, Map.of()))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("coverage");
	}

	@Test
	void aNegativeServiceVolumeIsRefused() {
		assertThatThrownBy(() -> PerformanceTargets.defaults(Map.of("groups", -1))).isInstanceOf(ProblemException.class)
			.hasMessageContaining("groups");
	}

}
