package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.project.model.PerformanceTargets;

import static org.assertj.core.api.Assertions.assertThat;

class TargetCheckTest {

	private static final PerformanceTargets TARGETS = PerformanceTargets.defaults(Map.of());

	@Test
	void aReportOnTargetMeetsBothTheCommunityShareAndTheResourcesLinked() {
		TargetCheck check = TargetCheck.of(Volumes.quarter(), TARGETS);

		assertThat(check.communityHoursShareMet()).isTrue();
		assertThat(check.resourcesLinkedMet()).isTrue();
	}

	@Test
	void aReportBelowTargetIsShownBelowNotRefused() {
		TargetCheck check = TargetCheck.of(Volumes.withShareAndResources(5_999, 4), TARGETS);

		assertThat(check.communityHoursShareTargetBp()).isEqualTo(6_000);
		assertThat(check.communityHoursShareMet()).isFalse();
		assertThat(check.resourcesLinkedTarget()).isEqualTo(5);
		assertThat(check.resourcesLinkedMet()).isFalse();
	}

	@Test
	void theSummaryWeighsEachPeriodsCommunityShareByItsHoursAndAddsUpResources() {
		ProgressReport lowShare = Volumes.report("rpt-1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
				new ServiceVolume(1, 0, 0, 0, Map.of(), 300, 3_000, 2));
		ProgressReport highShare = Volumes.report("rpt-2", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30),
				new ServiceVolume(2, 1, 0, 0, Map.of(), 900, 8_000, 3));

		ProgressSummary summary = ProgressSummary.of(List.of(lowShare, highShare), TARGETS);

		assertThat(summary.serviceHours()).isEqualTo(1_200);
		assertThat(summary.communityHoursShareBp()).isEqualTo(6_750);
		assertThat(summary.communityHoursShareMet()).isTrue();
		assertThat(summary.resourcesLinked()).isEqualTo(5);
		assertThat(summary.resourcesLinkedMet()).isTrue();
		assertThat(summary.casesOpened()).isEqualTo(3);
	}

	@Test
	void noReportsMeetNoTarget() {
		ProgressSummary summary = ProgressSummary.of(List.of(), TARGETS);

		assertThat(summary.reports()).isZero();
		assertThat(summary.communityHoursShareMet()).isFalse();
		assertThat(summary.resourcesLinkedMet()).isFalse();
	}

}
