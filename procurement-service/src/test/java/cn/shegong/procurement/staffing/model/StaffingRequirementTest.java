package cn.shegong.procurement.staffing.model;

import org.junit.jupiter.api.Test;

import static cn.shegong.procurement.staffing.model.StaffingPlans.fullTime;
import static cn.shegong.procurement.staffing.model.StaffingPlans.partTime;
import static cn.shegong.procurement.staffing.model.StaffingPlans.plus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffingRequirementTest {

	private final StaffingRequirement station = StaffingRequirement.defaults();

	@Test
	void defaultsAreSixStaffFourCertifiedTwoThirdsAndOneSupervisorPerSixWorkers() {
		assertThat(this.station).isEqualTo(new StaffingRequirement(6, 4, Fraction.of(2, 3), 6));
	}

	@Test
	void fourCertifiedOfSixFullTimeStaffMeetsTwoThirds() {
		StaffingAssessment assessment = this.station.isMetBy(StaffingPlans.compliantStation());

		assertThat(assessment.isCompliant()).isTrue();
		assertThat(assessment.fullTimeStaff()).isEqualTo(6);
		assertThat(assessment.certified()).isEqualTo(4);
		assertThat(assessment.certifiedRatio()).isEqualTo(Fraction.of(4, 6));
		assertThat(assessment.supervisors()).isEqualTo(1);
		assertThat(assessment.workers()).isEqualTo(4);
		assertThat(assessment.supervisorsRequired()).isEqualTo(1);
	}

	@Test
	void threeCertifiedOfSixFullTimeStaffIsBelowTwoThirds() {
		StaffingAssessment assessment = this.station.isMetBy(StaffingPlans.fullTimeTeam(6, 3));

		assertThat(assessment.isCompliant()).isFalse();
		assertThat(assessment.shortfallRules()).containsExactly("too-few-certified", "certified-ratio-too-low");
		assertThat(assessment.shortfalls().get(1).detail()).contains("3/6", "2/3");
	}

	@Test
	void theRatioIsCheckedOnItsOwnWhereTheCountAloneWouldPass() {
		StaffingAssessment assessment = this.station.isMetBy(StaffingPlans.fullTimeTeam(8, 5));

		assertThat(assessment.certifiedRatio()).isEqualTo(Fraction.of(5, 8));
		assertThat(assessment.shortfallRules()).contains("certified-ratio-too-low").doesNotContain("too-few-certified");
	}

	@Test
	void fiveFullTimeStaffAreTooFewAndAHalfTimeSixthDoesNotCount() {
		StaffingPlan plan = plus(StaffingPlans.fullTimeTeam(5, 4),
				partTime(StaffRole.FRONTLINE, "社工 兼职", false, 5_000));

		StaffingAssessment assessment = this.station.isMetBy(plan);

		assertThat(assessment.fullTimeStaff()).isEqualTo(5);
		assertThat(assessment.shortfallRules()).containsExactly("too-few-staff");
		assertThat(assessment.shortfalls().get(0).detail()).contains("5 full-time", "at least 6");
	}

	@Test
	void aPartTimeCertifiedWorkerDoesNotCountAsCertifiedStaff() {
		StaffingPlan plan = plus(StaffingPlans.fullTimeTeam(6, 3), partTime(StaffRole.FRONTLINE, "社工 兼职", true, 9_999));

		StaffingAssessment assessment = this.station.isMetBy(plan);

		assertThat(assessment.certified()).isEqualTo(3);
		assertThat(assessment.shortfallRules()).contains("too-few-certified");
	}

	@Test
	void sixWorkersNeedOneSupervisor() {
		StaffingAssessment assessment = this.station.isMetBy(StaffingPlans.supervisorsAndWorkers(1, 6));

		assertThat(assessment.supervisorsRequired()).isEqualTo(1);
		assertThat(assessment.isCompliant()).isTrue();
	}

	@Test
	void sevenWorkersNeedTwoSupervisors() {
		StaffingAssessment assessment = this.station.isMetBy(StaffingPlans.supervisorsAndWorkers(1, 7));

		assertThat(assessment.supervisorsRequired()).isEqualTo(2);
		assertThat(assessment.shortfallRules()).containsExactly("too-few-supervisors");
		assertThat(assessment.shortfalls().get(0).detail()).contains("1 supervisors for 7 workers", "1:6",
				"at least 2");
	}

	@Test
	void sevenWorkersWithTwoSupervisorsAreSupervisedEnough() {
		assertThat(this.station.isMetBy(StaffingPlans.supervisorsAndWorkers(2, 7)).isCompliant()).isTrue();
	}

	@Test
	void assistantsAreSupervisedWorkersButTheStationHeadIsNot() {
		StaffingPlan plan = StaffingPlan.of(fullTime(StaffRole.STATION_HEAD, "站长", true),
				fullTime(StaffRole.ASSISTANT, "辅助", false), fullTime(StaffRole.FRONTLINE, "社工", true));

		StaffingAssessment assessment = this.station.isMetBy(plan);

		assertThat(assessment.workers()).isEqualTo(2);
		assertThat(assessment.shortfallRules()).contains("too-few-supervisors");
	}

	@Test
	void anEmptyPlanFallsShortOfStaffCertifiedAndRatioButNeedsNoSupervisor() {
		StaffingAssessment assessment = this.station.isMetBy(StaffingPlan.of());

		assertThat(assessment.certifiedRatio()).isEqualTo(Fraction.of(0, 1));
		assertThat(assessment.shortfallRules()).containsExactly("too-few-staff", "too-few-certified",
				"certified-ratio-too-low");
	}

	@Test
	void aCityMayConfigureItsOwnRequirement() {
		StaffingRequirement zhejiangLikeShenzhenSupervised = new StaffingRequirement(3, 3, Fraction.of(0, 1), 20);

		StaffingAssessment assessment = zhejiangLikeShenzhenSupervised
			.isMetBy(StaffingPlans.supervisorsAndWorkers(1, 20));

		assertThat(assessment.isCompliant()).isTrue();
		assertThat(zhejiangLikeShenzhenSupervised.isMetBy(StaffingPlans.supervisorsAndWorkers(1, 21)).shortfallRules())
			.containsExactly("too-few-supervisors");
	}

	@Test
	void aRequirementWithARatioAboveOneOrNoWorkersPerSupervisorIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StaffingRequirement(6, 4, Fraction.of(4, 3), 6));
		assertThatIllegalArgumentException().isThrownBy(() -> new StaffingRequirement(6, 4, Fraction.of(2, 3), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new StaffingRequirement(-1, 4, Fraction.of(2, 3), 6));
	}

}
