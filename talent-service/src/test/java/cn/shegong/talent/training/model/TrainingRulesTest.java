package cn.shegong.talent.training.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.Certification;
import cn.shegong.talent.certificate.model.RegistrationPolicy;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static TrainingRecord hours(int hours, LocalDate date) {
		return TrainingRecord.completed("t-" + date + "-" + hours, "worker-1", date, BigDecimal.valueOf(hours),
				"嘉兴市社工协会", TrainingCategory.PRACTICE, TODAY);
	}

	static Certification certified(CertificateLevel level, LocalDate from) {
		return new Certification(level, RegistrationPolicy.NATIONAL.registrationFrom(from));
	}

	@Test
	void anAssistantNeedsSeventyTwoHoursInTheRegistrationCycle() {
		HoursCheck check = ContinuingEducationRule.NATIONAL.check(
				certified(CertificateLevel.ASSISTANT, LocalDate.of(2023, 3, 1)),
				List.of(hours(40, LocalDate.of(2023, 5, 1)), hours(20, LocalDate.of(2025, 2, 1))));
		assertThat(check.required()).isEqualByComparingTo("72");
		assertThat(check.done()).isEqualByComparingTo("60");
		assertThat(check.shortfall()).isEqualByComparingTo("12");
	}

	@Test
	void intermediateAndSeniorWorkersNeedNinetyHoursInTheCycle() {
		var records = List.of(hours(80, LocalDate.of(2024, 5, 1)));
		assertThat(ContinuingEducationRule.NATIONAL
			.check(certified(CertificateLevel.INTERMEDIATE, LocalDate.of(2023, 3, 1)), records)
			.shortfall()).isEqualByComparingTo("10");
		assertThat(ContinuingEducationRule.NATIONAL
			.check(certified(CertificateLevel.SENIOR, LocalDate.of(2023, 3, 1)), records)
			.shortfall()).isEqualByComparingTo("10");
	}

	@Test
	void trainingOutsideTheRegistrationCycleDoesNotCountTowardsIt() {
		HoursCheck check = ContinuingEducationRule.NATIONAL.check(
				certified(CertificateLevel.ASSISTANT, LocalDate.of(2023, 3, 1)),
				List.of(hours(72, LocalDate.of(2023, 2, 28))));
		assertThat(check.done()).isEqualByComparingTo("0");
		assertThat(check.fallsShort()).isTrue();
	}

	@Test
	void theContractsAnnualMinimumCountsOnlyTheCalendarYear() {
		HoursCheck check = AnnualTrainingRule.CONTRACT_DEFAULT.check(2025,
				List.of(hours(50, LocalDate.of(2024, 12, 31)), hours(30, LocalDate.of(2025, 1, 1)),
						hours(30, LocalDate.of(2025, 12, 31))));
		assertThat(check.done()).isEqualByComparingTo("60");
		assertThat(check.shortfall()).isEqualByComparingTo("12");
	}

	@Test
	void aWorkerCanMeetTheNationalCycleAndStillFallShortOfTheContractsYear() {
		var records = List.of(hours(90, LocalDate.of(2024, 6, 1)), hours(10, LocalDate.of(2025, 6, 1)));
		HoursCheck national = ContinuingEducationRule.NATIONAL
			.check(certified(CertificateLevel.ASSISTANT, LocalDate.of(2023, 3, 1)), records);
		HoursCheck annual = AnnualTrainingRule.CONTRACT_DEFAULT.check(2025, records);
		TrainingShortfall shortfall = new TrainingShortfall("worker-1", "张敏", annual,
				Optional.of(CertificateLevel.ASSISTANT), Optional.of(national));
		assertThat(national.fallsShort()).isFalse();
		assertThat(annual.shortfall()).isEqualByComparingTo("62");
		assertThat(shortfall.fallsShort()).isTrue();
	}

	@Test
	void moreThanEnoughHoursIsNoShortfallNotANegativeOne() {
		HoursCheck check = new AnnualTrainingRule(BigDecimal.valueOf(40)).check(2025,
				List.of(hours(50, LocalDate.of(2025, 3, 1))));
		assertThat(check.shortfall()).isEqualByComparingTo("0");
		assertThat(check.fallsShort()).isFalse();
	}

	@Test
	void aCityMayDemandMoreContinuingEducationForAssistants() {
		var rule = new ContinuingEducationRule(
				java.util.Map.of(CertificateLevel.ASSISTANT, BigDecimal.valueOf(80), CertificateLevel.INTERMEDIATE,
						BigDecimal.valueOf(90), CertificateLevel.SENIOR, BigDecimal.valueOf(90)));
		assertThat(rule.check(certified(CertificateLevel.ASSISTANT, LocalDate.of(2023, 3, 1)), List.of()).required())
			.isEqualByComparingTo("80");
	}

	@Test
	void trainingStillToComeAndRecordsWithoutHoursOrProviderAreRefused() {
		assertThat(refusalOf(() -> hours(8, TODAY.plusDays(1))).rule()).isEqualTo("training-date-in-the-future");
		assertThat(refusalOf(() -> hours(0, TODAY)).rule()).isEqualTo("training-hours-not-positive");
		assertThat(refusalOf(
				() -> TrainingRecord.completed("t", "w", TODAY, BigDecimal.ONE, " ", TrainingCategory.ETHICS, TODAY))
			.rule()).isEqualTo("training-provider-required");
	}

}
