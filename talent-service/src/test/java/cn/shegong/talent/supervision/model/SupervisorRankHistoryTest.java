package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.tier.model.SupervisorRank;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static cn.shegong.talent.supervision.model.Supervisors.RULES;
import static cn.shegong.talent.supervision.model.Supervisors.TODAY;
import static cn.shegong.talent.supervision.model.Supervisors.candidate;
import static cn.shegong.talent.supervision.model.Supervisors.holding;
import static cn.shegong.talent.supervision.model.Supervisors.neverRanked;
import static cn.shegong.talent.supervision.model.Supervisors.seasonedSocialWorker;
import static cn.shegong.talent.tier.model.SupervisorRank.ASSISTANT_SUPERVISOR;
import static cn.shegong.talent.tier.model.SupervisorRank.INTERMEDIATE_SUPERVISOR;
import static cn.shegong.talent.tier.model.SupervisorRank.JUNIOR_SUPERVISOR;
import static cn.shegong.talent.tier.model.SupervisorRank.SENIOR_SUPERVISOR;
import static cn.shegong.talent.tier.model.SupervisorRank.TRAINEE_SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

class SupervisorRankHistoryTest {

	private static final LocalDate APPOINTED_ON = LocalDate.of(2024, 3, 1);

	@Test
	void aSocialWorkerWithExactlyThreeYearsIsAppointedSupervisorAssistant() {
		SupervisorRankHistory appointed = appoint(candidate(APPOINTED_ON, CertificateLevel.INTERMEDIATE, 3));

		assertThat(appointed.current()).contains(ASSISTANT_SUPERVISOR);
		assertThat(appointed.changes()).singleElement()
			.satisfies((change) -> assertThat(change.kind()).isEqualTo(RankChange.Kind.APPOINTED));
	}

	@Test
	void twoYearsOfServiceAreOneShortOfSupervisorAssistant() {
		assertThat(refusalOf(() -> appoint(candidate(APPOINTED_ON, CertificateLevel.INTERMEDIATE, 2))).rule())
			.isEqualTo("supervisor-rank-too-few-years-of-service");
	}

	@Test
	void anAssistantSocialWorkerIsNotEnoughForSupervisorAssistant() {
		assertThat(refusalOf(() -> appoint(candidate(APPOINTED_ON, CertificateLevel.ASSISTANT, 9))).rule())
			.isEqualTo("supervisor-rank-certificate-level-too-low");
	}

	@Test
	void aWorkerWithNoRegisteredCertificateOnTheDayIsNotAppointed() {
		assertThat(refusalOf(() -> appoint(candidate(APPOINTED_ON, null, 9))).getMessage())
			.contains("no registered certificate");
	}

	@Test
	void aFirstAppointmentCannotSkipToTraineeSupervisor() {
		assertThat(refusalOf(() -> neverRanked().promote(TRAINEE_SUPERVISOR, seasonedSocialWorker(APPOINTED_ON), RULES,
				TODAY, "hr-1", "strong casework"))
			.rule()).isEqualTo("supervisor-rank-skipped");
	}

	@Test
	void aSupervisorAssistantOfExactlyOneYearIsPromotedToTraineeSupervisor() {
		SupervisorRankHistory promoted = holding(ASSISTANT_SUPERVISOR, APPOINTED_ON).promote(TRAINEE_SUPERVISOR,
				seasonedSocialWorker(APPOINTED_ON.plusYears(1)), RULES, TODAY, "hr-1", "ok");

		assertThat(promoted.current()).contains(TRAINEE_SUPERVISOR);
		assertThat(promoted.changes().get(1).kind()).isEqualTo(RankChange.Kind.PROMOTED);
	}

	@Test
	void oneDayShortOfAYearAsSupervisorAssistantIsTooShortInRank() {
		LocalDate dayBeforeTheYearIsOut = APPOINTED_ON.plusYears(1).minusDays(1);

		assertThat(refusalOf(() -> holding(ASSISTANT_SUPERVISOR, APPOINTED_ON).promote(TRAINEE_SUPERVISOR,
				seasonedSocialWorker(dayBeforeTheYearIsOut), RULES, TODAY, "hr-1", "ok"))
			.rule()).isEqualTo("supervisor-rank-time-in-rank-too-short");
	}

	@Test
	void aPromotionCannotSkipARank() {
		assertThat(refusalOf(() -> holding(TRAINEE_SUPERVISOR, APPOINTED_ON).promote(INTERMEDIATE_SUPERVISOR,
				seasonedSocialWorker(TODAY), RULES, TODAY, "hr-1", "ok"))
			.rule()).isEqualTo("supervisor-rank-skipped");
	}

	@Test
	void aSeniorSupervisorCannotBePromoted() {
		assertThat(refusalOf(() -> holding(SENIOR_SUPERVISOR, APPOINTED_ON).promote(SENIOR_SUPERVISOR,
				candidate(TODAY, CertificateLevel.SENIOR, 20), RULES, TODAY, "hr-1", "ok"))
			.rule()).isEqualTo("supervisor-rank-at-top");
	}

	@Test
	void seniorSupervisorAsksForASeniorSocialWorkerCertificate() {
		assertThat(refusalOf(() -> holding(INTERMEDIATE_SUPERVISOR, APPOINTED_ON).promote(SENIOR_SUPERVISOR,
				candidate(TODAY, CertificateLevel.INTERMEDIATE, 20), RULES, TODAY, "hr-1", "ok"))
			.rule()).isEqualTo("supervisor-rank-certificate-level-too-low");
	}

	@Test
	void anAppointmentMayTakeEffectTodayButNotTomorrow() {
		assertThat(appoint(seasonedSocialWorker(TODAY)).current()).contains(ASSISTANT_SUPERVISOR);
		assertThat(refusalOf(() -> appoint(seasonedSocialWorker(TODAY.plusDays(1)))).rule())
			.isEqualTo("supervisor-rank-effective-in-the-future");
	}

	@Test
	void aChangeCannotTakeEffectOnOrBeforeThePreviousOne() {
		SupervisorRankHistory assistant = holding(ASSISTANT_SUPERVISOR, APPOINTED_ON);

		assertThat(refusalOf(() -> assistant.demote(Optional.empty(), APPOINTED_ON, TODAY, "hr-1", "left")).rule())
			.isEqualTo("supervisor-rank-effective-not-after-previous");
		assertThat(refusalOf(() -> assistant.demote(Optional.empty(), APPOINTED_ON.minusDays(1), TODAY, "hr-1", "left"))
			.rule()).isEqualTo("supervisor-rank-effective-not-after-previous");
	}

	@Test
	void aDemotionEndsThePreviousRankTheDayBefore() {
		LocalDate demotedOn = LocalDate.of(2025, 6, 1);
		SupervisorRankHistory demoted = holding(JUNIOR_SUPERVISOR, APPOINTED_ON).demote(Optional.of(TRAINEE_SUPERVISOR),
				demotedOn, TODAY, "hr-1", "2024 appraisal 不合格");

		assertThat(demoted.current()).contains(TRAINEE_SUPERVISOR);
		RankPeriod junior = demoted.periods().get(2);
		RankPeriod trainee = demoted.periods().get(3);
		assertThat(junior.until()).contains(LocalDate.of(2025, 5, 31));
		assertThat(trainee.change().kind()).isEqualTo(RankChange.Kind.DEMOTED);
		assertThat(trainee.change().reason()).isEqualTo("2024 appraisal 不合格");
		assertThat(trainee.until()).isEmpty();
	}

	@Test
	void aDemotionMustGoToALowerRank() {
		assertThat(refusalOf(() -> holding(TRAINEE_SUPERVISOR, APPOINTED_ON).demote(Optional.of(TRAINEE_SUPERVISOR),
				TODAY, TODAY, "hr-1", "why"))
			.rule()).isEqualTo("supervisor-rank-demotion-not-lower");
	}

	@Test
	void aWorkerWithoutARankHasNothingToLower() {
		assertThat(refusalOf(() -> neverRanked().demote(Optional.empty(), TODAY, TODAY, "hr-1", "why")).rule())
			.isEqualTo("supervisor-rank-not-held");
	}

	@Test
	void aRemovedSupervisorStartsAgainAsSupervisorAssistant() {
		SupervisorRankHistory removed = holding(JUNIOR_SUPERVISOR, APPOINTED_ON).demote(Optional.empty(),
				LocalDate.of(2025, 6, 1), TODAY, "hr-1", "2024 appraisal 不合格");

		assertThat(removed.current()).isEmpty();
		assertThat(refusalOf(
				() -> removed.promote(TRAINEE_SUPERVISOR, seasonedSocialWorker(TODAY), RULES, TODAY, "hr-1", "back"))
			.rule()).isEqualTo("supervisor-rank-skipped");
		assertThat(removed.promote(ASSISTANT_SUPERVISOR, seasonedSocialWorker(TODAY), RULES, TODAY, "hr-1", "back")
			.current()).contains(ASSISTANT_SUPERVISOR);
	}

	@Test
	void timeInRankAfterADemotionCountsFromTheDemotion() {
		SupervisorRankHistory demoted = holding(JUNIOR_SUPERVISOR, LocalDate.of(2024, 1, 1))
			.demote(Optional.of(TRAINEE_SUPERVISOR), LocalDate.of(2025, 6, 1), TODAY, "hr-1", "不合格");

		assertThat(refusalOf(() -> demoted.promote(JUNIOR_SUPERVISOR, seasonedSocialWorker(TODAY), RULES, TODAY, "hr-1",
				"recovered"))
			.rule()).isEqualTo("supervisor-rank-time-in-rank-too-short");
	}

	private static SupervisorRankHistory appoint(SupervisorCandidate candidate) {
		return neverRanked().promote(SupervisorRank.ASSISTANT_SUPERVISOR, candidate, RULES, TODAY, "hr-1",
				"strong casework");
	}

}
