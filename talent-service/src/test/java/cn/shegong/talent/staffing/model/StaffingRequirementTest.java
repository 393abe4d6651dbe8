package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static cn.shegong.talent.staffing.model.Teams.MID_YEAR;
import static cn.shegong.talent.staffing.model.Teams.START;
import static org.assertj.core.api.Assertions.assertThat;

class StaffingRequirementTest {

	private final StaffingRequirement requirement = StaffingRequirement.defaults();

	@Test
	void fourOfSixCertifiedMeetsTwoThirds() {
		StaffingAssessment assessment = this.requirement.assess(Teams.stationTeam(), Teams.certifiedFirst(4), MID_YEAR);

		assertThat(assessment.certifiedRatio().isAtLeast(Fraction.of(2, 3))).isTrue();
		assertThat(assessment.isCompliant()).isTrue();
		assertThat(assessment.fullTimeStaff()).isEqualTo(6);
		assertThat(assessment.certified()).isEqualTo(4);
	}

	@Test
	void threeCertifiedOfSixFallShortOfBothTheCountAndTheRatio() {
		StaffingAssessment assessment = this.requirement.assess(Teams.stationTeam(), Teams.certifiedFirst(3), MID_YEAR);

		assertThat(assessment.isCompliant()).isFalse();
		assertThat(assessment.shortfallRules()).containsExactly("too-few-certified", "certified-ratio-too-low");
		assertThat(assessment.reasons()).contains("3 certified, 4 required.");
	}

	@Test
	void aCertifiedWorkerStopsCountingTheDayAfterTheRegistrationLapses() {
		Certifications lapsingMidYear = Certifications.of(List.of(new CertifiedPeriod("w-1", START, MID_YEAR),
				new CertifiedPeriod("w-2", START, MID_YEAR.plusYears(1)),
				new CertifiedPeriod("w-3", START, MID_YEAR.plusYears(1)),
				new CertifiedPeriod("w-4", START, MID_YEAR.plusYears(1))));

		assertThat(this.requirement.assess(Teams.stationTeam(), lapsingMidYear, MID_YEAR).certified()).isEqualTo(4);
		assertThat(this.requirement.assess(Teams.stationTeam(), lapsingMidYear, MID_YEAR.plusDays(1)).certified())
			.isEqualTo(3);
	}

	@Test
	void aSeventhWorkerNeedsASecondSupervisor() {
		Roster seven = Teams.plus(Teams.stationTeam(), Assignment.fullTime("w-7", StaffRole.FRONTLINE, START),
				Assignment.fullTime("w-8", StaffRole.ASSISTANT, START),
				Assignment.fullTime("w-9", StaffRole.FRONTLINE, START));

		StaffingAssessment assessment = this.requirement.assess(seven, Teams.certifiedFirst(6), MID_YEAR);

		assertThat(assessment.workers()).isEqualTo(7);
		assertThat(assessment.supervisorsRequired()).isEqualTo(2);
		assertThat(assessment.shortfallRules()).containsExactly("too-few-supervisors");
		assertThat(assessment.reasons()).containsExactly("1 supervisors for 7 workers, 2 required at 1:6.");
	}

	@Test
	void twoHalfTimeAssignmentsOfOneWorkerMakeOneFullTimeStaff() {
		Roster roster = Teams.plus(Teams.stationTeam(),
				new Assignment("w-7", StaffRole.FRONTLINE, 5_000, START, Optional.empty()),
				new Assignment("w-7", StaffRole.ASSISTANT, 5_000, START, Optional.empty()),
				new Assignment("w-8", StaffRole.FRONTLINE, 5_000, START, Optional.empty()));

		assertThat(this.requirement.assess(roster, Teams.certifiedFirst(6), MID_YEAR).fullTimeStaff()).isEqualTo(7);
	}

	@Test
	void aWorkerWhoseAssignmentEndedNoLongerCounts() {
		Roster roster = Teams.plus(new Roster(Teams.stationTeam().assignments().subList(0, 5)),
				Assignment.fullTime("w-6", StaffRole.FRONTLINE, START).until(LocalDate.of(2027, 3, 31)));

		StaffingAssessment assessment = this.requirement.assess(roster, Teams.certifiedFirst(4), MID_YEAR);

		assertThat(assessment.fullTimeStaff()).isEqualTo(5);
		assertThat(assessment.reasons()).containsExactly("5 full-time staff, 6 required.");
	}

	@Test
	void aPartTimeWorkerCountsForSupervisionButNotAsFullTimeStaff() {
		Roster roster = Teams.plus(Teams.stationTeam(),
				new Assignment("w-7", StaffRole.ASSISTANT, 5_000, START, Optional.empty()));

		StaffingAssessment assessment = this.requirement.assess(roster, Teams.certifiedFirst(4), MID_YEAR);

		assertThat(assessment.fullTimeStaff()).isEqualTo(6);
		assertThat(assessment.workers()).isEqualTo(5);
	}

	@Test
	void anEmptyTeamHasARatioOfZeroAndFallsShortEverywhereButSupervision() {
		StaffingAssessment assessment = this.requirement.assess(Roster.of(), Teams.certifiedFirst(0), MID_YEAR);

		assertThat(assessment.certifiedRatio()).isEqualTo(Fraction.of(0, 1));
		assertThat(assessment.shortfallRules()).containsExactly("too-few-staff", "too-few-certified",
				"certified-ratio-too-low");
	}

	@Test
	void aCityMaySuperviseOneToTwenty() {
		StaffingRequirement shenzhen = new StaffingRequirement(6, 4, Fraction.of(2, 3), 20);

		assertThat(shenzhen.supervisorsFor(20)).isEqualTo(1);
		assertThat(shenzhen.supervisorsFor(21)).isEqualTo(2);
	}

	@Test
	void anAssignmentEndingBeforeItStartsIsRefused() {
		assertThat(refusalOf(() -> Assignment.fullTime("w-1", StaffRole.FRONTLINE, START).until(START.minusDays(1)))
			.rule()).isEqualTo("assignment-ends-before-it-starts");
	}

	@Test
	void anAssignmentAboveFullTimeIsRefused() {
		assertThat(refusalOf(() -> new Assignment("w-1", StaffRole.FRONTLINE, 12_000, START, Optional.empty())).rule())
			.isEqualTo("assignment-fte-out-of-range");
	}

}
