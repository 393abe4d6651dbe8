package cn.shegong.evaluation.figure.model;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.contract.model.Contracts;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceVolumeTest {

	private static final LocalDate Q1_FROM = LocalDate.of(2027, 1, 1);

	private static final LocalDate Q1_TO = LocalDate.of(2027, 3, 31);

	@Test
	void aCountIsHeldAgainstItsTargetProRatedToThePeriod() {
		// 365 service hours a year pro-rated to the 90 days of Q1 are 90; 45 reported.
		var contract = Contracts.station2027(Map.of("serviceHours", 365));

		assertThat(ServiceVolume.percentOfTargets(contract, reported(Map.of("serviceHours", 45L))))
			.hasValueSatisfying((percent) -> assertThat(percent).isEqualByComparingTo("50.00"));
	}

	@Test
	void aShareIsHeldAgainstItsTargetAsItIs() {
		var contract = Contracts.station2027(Map.of("communityHoursShareBp", 6000));

		assertThat(ServiceVolume.percentOfTargets(contract, reported(Map.of("communityHoursShareBp", 4500L))))
			.hasValueSatisfying((percent) -> assertThat(percent).isEqualByComparingTo("75.00"));
	}

	@Test
	void surplusOnOneVolumeDoesNotHideAShortfallOnAnother() {
		// groups: 40 a year → ~9.86 in Q1, 30 reported → capped at 100%; share 3000 of
		// 6000 → 50%.
		var contract = Contracts.station2027(Map.of("groups", 40, "communityHoursShareBp", 6000));

		assertThat(ServiceVolume.percentOfTargets(contract,
				reported(Map.of("groups", 30L, "communityHoursShareBp", 3000L))))
			.hasValueSatisfying((percent) -> assertThat(percent).isEqualByComparingTo("75.00"));
	}

	@Test
	void volumesWithoutTargetsAndTextTargetsAreLeftOut() {
		var contract = Contracts.station2027(Map.of("resourcesLinked", 5, "serviceStandard", "GB/T 1"));

		assertThat(ServiceVolume.percentOfTargets(contract,
				reported(Map.of("resourcesLinked", 1L, "casesOpened", 0L, "serviceStandard", 0L))))
			.hasValueSatisfying((percent) -> assertThat(percent).isEqualByComparingTo("81.11"));
	}

	@Test
	void withNothingToCompareThereIsNoFigure() {
		var contract = Contracts.station2027(Map.of("coverageRateBp", 8000));

		assertThat(ServiceVolume.percentOfTargets(contract, reported(Map.of("casesOpened", 14L)))).isEmpty();
	}

	@Test
	void aPeriodOutsideTheTermHasNoCountToCompare() {
		var contract = Contracts.station2027(Map.of("serviceHours", 365));

		assertThat(ServiceVolume.percentOfTargets(contract,
				new ReportedVolumes(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31), Map.of("serviceHours", 90L))))
			.isEmpty();
	}

	private static ReportedVolumes reported(Map<String, Long> volumes) {
		return new ReportedVolumes(Q1_FROM, Q1_TO, volumes);
	}

}
