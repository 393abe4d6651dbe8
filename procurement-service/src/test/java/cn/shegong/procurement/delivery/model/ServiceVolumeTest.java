package cn.shegong.procurement.delivery.model;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceVolumeTest {

	@Test
	void aNegativeCountIsRefusedByName() {
		ProblemException refusal = refusalOf(
				() -> new ServiceVolume(14, -1, 4, 11, Map.of("ELDERLY", 320), 1_260, 6_400, 6));

		assertThat(refusal.rule()).isEqualTo("progress-figure-negative");
		assertThat(refusal.getMessage()).contains("casesClosed");
	}

	@Test
	void aNegativeNumberOfBeneficiariesIsRefused() {
		assertThat(refusalOf(() -> new ServiceVolume(14, 9, 4, 11, Map.of("ELDERLY", -3), 1_260, 6_400, 6)).rule())
			.isEqualTo("progress-figure-negative");
	}

	@Test
	void aTargetGroupWithoutACountIsRefused() {
		Map<String, Integer> missing = new HashMap<>();
		missing.put("ELDERLY", null);

		assertThat(refusalOf(() -> new ServiceVolume(14, 9, 4, 11, missing, 1_260, 6_400, 6)).rule())
			.isEqualTo("progress-figure-negative");
	}

	@Test
	void beneficiariesAreCountedByANamedTargetGroup() {
		assertThat(refusalOf(() -> new ServiceVolume(14, 9, 4, 11, Map.of(" ", 3), 1_260, 6_400, 6)).rule())
			.isEqualTo("beneficiary-group-unnamed");
	}

	@Test
	void aCommunityShareAboveOneHundredPercentIsRefused() {
		assertThat(refusalOf(() -> Volumes.withShareAndResources(10_001, 6)).rule())
			.isEqualTo("community-share-above-100-percent");
	}

	@Test
	void allHoursInTheCommunityAndNothingLinkedAreStillAValidReport() {
		ServiceVolume volume = Volumes.withShareAndResources(10_000, 0);

		assertThat(volume.communityHoursShareBp()).isEqualTo(10_000);
		assertThat(volume.resourcesLinked()).isZero();
	}

}
