package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyTest {

	private static final LocalDate LAST_BANNED_DAY = LocalDate.of(2026, 3, 14);

	private static final LocalDate FREE_AGAIN = LocalDate.of(2026, 3, 15);

	@Test
	void newlyRegisteredAgencyIsInGoodStandingUnassessedAndNeverBanned() {
		Agency agency = Agencies.registered();

		assertThat(agency.creditStatus()).isEqualTo(CreditStatus.GOOD);
		assertThat(agency.gradeAssessment()).isEmpty();
		assertThat(agency.bans()).isEmpty();
	}

	@Test
	void banningReturnsTheFactWithoutPersonalData() {
		AgencyBanned banned = Agencies.registered().ban(Agencies.failBan());

		assertThat(banned).isEqualTo(new AgencyBanned("AG-1", Agencies.FINAL_FAIL_ON, FREE_AGAIN, "final-grade-fail"));
	}

	@Test
	void agencyIsBannedThroughTheLastDayAndFreeOnUntil() {
		Agency agency = Agencies.bannedAfterFinalFail();

		assertThat(agency.isBannedOn(Agencies.FINAL_FAIL_ON)).isTrue();
		assertThat(agency.isBannedOn(LAST_BANNED_DAY)).isTrue();
		assertThat(agency.isBannedOn(FREE_AGAIN)).isFalse();
		assertThat(agency.isBannedOn(Agencies.FINAL_FAIL_ON.minusDays(1))).isFalse();
	}

	@Test
	void sameEvaluationCannotBanTwice() {
		Agency agency = Agencies.bannedAfterFinalFail();

		assertThatThrownBy(() -> agency.ban(Agencies.failBan())).isInstanceOf(ProblemException.class)
			.hasMessageContaining("evaluation EV-1")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("ban-already-recorded");
		assertThat(agency.bans()).hasSize(1);
	}

	@Test
	void overlappingBansReportTheOneThatEndsLast() {
		Agency agency = Agencies.bannedAfterFinalFail();
		BanPeriod later = Agencies.ban(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1), "EV-2");
		agency.ban(later);

		assertThat(agency.activeBanOn(LocalDate.of(2025, 10, 1))).contains(later);
		assertThat(agency.activeBanOn(LocalDate.of(2025, 4, 1))).contains(Agencies.failBan());
	}

	@Test
	void banLapsedOnTodayIsReportedAsLifted() {
		Agency agency = Agencies.bannedAfterFinalFail();

		assertThat(agency.banLiftedBetween(LAST_BANNED_DAY, FREE_AGAIN)).containsExactly(Agencies.failBan());
	}

	@Test
	void banLapsedOnTheLastCheckIsNotReportedAgain() {
		Agency agency = Agencies.bannedAfterFinalFail();

		assertThat(agency.banLiftedBetween(FREE_AGAIN, FREE_AGAIN.plusDays(1))).isEmpty();
	}

	@Test
	void banStillActiveTodayIsNotLifted() {
		Agency agency = Agencies.bannedAfterFinalFail();

		assertThat(agency.banLiftedBetween(LAST_BANNED_DAY.minusDays(1), LAST_BANNED_DAY)).isEmpty();
	}

	@Test
	void banEndingInsideALongerBanLiftsNothing() {
		Agency agency = Agencies.bannedAfterFinalFail();
		agency.ban(Agencies.ban(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1), "EV-2"));

		assertThat(agency.banLiftedBetween(LAST_BANNED_DAY, FREE_AGAIN)).isEmpty();
		assertThat(agency.banLiftedBetween(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1))).hasSize(1);
	}

	@Test
	void checkWindowEndingBeforeItStartsIsAProgrammingError() {
		Agency agency = Agencies.bannedAfterFinalFail();

		assertThatThrownBy(() -> agency.banLiftedBetween(FREE_AGAIN, LAST_BANNED_DAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void gradeCountsOnlyWhileItsAssessmentIsValid() {
		Agency agency = Agencies.registered();
		agency.recordAssessment(
				new GradeAssessment(OrganisationGrade.A5, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));

		assertThat(agency.gradeOn(LocalDate.of(2025, 12, 31))).contains(OrganisationGrade.A5);
		assertThat(agency.gradeOn(LocalDate.of(2026, 1, 1))).isEmpty();
	}

	@Test
	void blankNameIsRefused() {
		assertThatThrownBy(() -> Agency.register("AG-2", "", CreditCodes.haining()))
			.isInstanceOf(ProblemException.class)
			.hasMessageContaining("agency name must not be blank");
	}

}
