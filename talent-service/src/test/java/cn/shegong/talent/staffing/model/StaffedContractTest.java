package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffedContractTest {

	private static final ContractTerm YEAR_2027 = new ContractTerm(Teams.START, LocalDate.of(2027, 12, 31));

	private static StaffedContract awarded() {
		return StaffedContract.awarded("ctr-1", "prj-1", "agency-1", "330481", YEAR_2027,
				StaffingRequirement.defaults());
	}

	private static StaffedContract stationTeamPlaced() {
		StaffedContract contract = awarded();
		int id = 0;
		for (Assignment assignment : Teams.stationTeam().assignments()) {
			contract = contract.assign("a-" + (++id), assignment);
		}
		return contract;
	}

	@Test
	void anOpenEndedAssignmentRunsToTheLastDayOfTheTerm() {
		StaffedContract contract = awarded().assign("a-1",
				Assignment.fullTime("w-1", StaffRole.FRONTLINE, Teams.MID_YEAR));

		assertThat(contract.assignment("a-1").assignment().to()).contains(YEAR_2027.to());
	}

	@Test
	void anAssignmentStartingBeforeTheTermIsRefused() {
		assertThatThrownBy(() -> awarded().assign("a-1",
				Assignment.fullTime("w-1", StaffRole.FRONTLINE, Teams.START.minusDays(1))))
			.isInstanceOf(ProblemException.class)
			.extracting("rule")
			.isEqualTo("assignment-outside-contract-term");
	}

	@Test
	void anAssignmentEndingAfterTheTermIsRefused() {
		Assignment pastTheEnd = new Assignment("w-1", StaffRole.FRONTLINE, Assignment.FULL_TIME, Teams.START,
				Optional.of(YEAR_2027.to().plusDays(1)));

		assertThatThrownBy(() -> awarded().assign("a-1", pastTheEnd)).extracting("rule")
			.isEqualTo("assignment-outside-contract-term");
	}

	@Test
	void endingAnAssignmentBringsItsLastDayNearerButNeverLater() {
		StaffedContract ended = stationTeamPlaced().end("a-3", Teams.MID_YEAR);

		assertThat(ended.assignment("a-3").assignment().to()).contains(Teams.MID_YEAR);
		assertThatThrownBy(() -> ended.end("a-3", Teams.MID_YEAR.plusDays(1))).extracting("rule")
			.isEqualTo("assignment-end-after-its-last-day");
	}

	@Test
	void endingAnUnknownAssignmentIsNotFound() {
		assertThatThrownBy(() -> awarded().end("a-404", Teams.MID_YEAR)).extracting("rule")
			.isEqualTo("assignment-not-found");
	}

	@Test
	void aTeamOfSixWithFourCertifiedAndOneSupervisorIsCompliant() {
		StaffingAssessment assessment = stationTeamPlaced().assessOn(Teams.MID_YEAR, Teams.certifiedFirst(4),
				(worker) -> true);

		assertThat(assessment.isCompliant()).isTrue();
		assertThat(assessment.fullTimeStaff()).isEqualTo(6);
		assertThat(assessment.certified()).isEqualTo(4);
	}

	@Test
	void aWorkerWhoLeftTheAgencyNoLongerCountsTowardItsContract() {
		StaffingAssessment assessment = stationTeamPlaced().assessOn(Teams.MID_YEAR, Teams.certifiedFirst(4),
				(worker) -> !worker.equals("w-6"));

		assertThat(assessment.fullTimeStaff()).isEqualTo(5);
		assertThat(assessment.shortfallRules()).contains("too-few-staff");
	}

	@Test
	void anythingIsNewsBeforeTheFirstAnnouncement() {
		StaffedContract contract = stationTeamPlaced();

		assertThat(contract.isNews(contract.assessOn(Teams.MID_YEAR, Teams.certifiedFirst(4), (worker) -> true)))
			.isTrue();
	}

	@Test
	void theSameFiguresOnALaterDayAreNoNews() {
		StaffedContract contract = stationTeamPlaced();
		StaffedContract announced = contract
			.published(contract.assessOn(Teams.MID_YEAR, Teams.certifiedFirst(4), (worker) -> true));

		assertThat(announced
			.isNews(announced.assessOn(Teams.MID_YEAR.plusDays(1), Teams.certifiedFirst(4), (worker) -> true)))
			.isFalse();
	}

	@Test
	void aLapsedRegistrationThatBreaksComplianceIsNews() {
		StaffedContract contract = stationTeamPlaced();
		StaffedContract announced = contract
			.published(contract.assessOn(Teams.MID_YEAR, Teams.certifiedFirst(4), (worker) -> true));

		StaffingAssessment afterLapse = announced.assessOn(Teams.MID_YEAR, Teams.certifiedFirst(3), (worker) -> true);

		assertThat(afterLapse.isCompliant()).isFalse();
		assertThat(announced.isNews(afterLapse)).isTrue();
		assertThat(Set.copyOf(afterLapse.shortfallRules())).contains("too-few-certified");
	}

}
