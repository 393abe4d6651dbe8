package cn.shegong.talent.certificate.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final Registration registration = RegistrationPolicy.NATIONAL.registrationFrom(LocalDate.of(2024, 7, 1));

	@Test
	void aRegistrationLastsThreeYearsAndRenewalOpensThreeMonthsBeforeExpiry() {
		assertThat(this.registration.validThrough()).isEqualTo(LocalDate.of(2027, 6, 30));
		assertThat(this.registration.expiresOn()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(this.registration.renewalOpensOn()).isEqualTo(LocalDate.of(2027, 4, 1));
	}

	@Test
	void aRegistrationIsValidThroughItsLastDayAndNotAMomentAfterMidnight() {
		var lastMoment = LocalDateTime.of(2027, 6, 30, 23, 59, 59, 999_999_999).atZone(SHANGHAI).toInstant();
		var midnight = LocalDateTime.of(2027, 7, 1, 0, 0).atZone(SHANGHAI).toInstant();
		assertThat(this.registration.isValidAt(lastMoment, SHANGHAI)).isTrue();
		assertThat(this.registration.isValidAt(midnight, SHANGHAI)).isFalse();
	}

	@Test
	void midnightIsJudgedInShanghaiNotInUtc() {
		// 2027-06-30T20:00Z is already 1 July in Shanghai.
		var lateEveningUtc = LocalDateTime.of(2027, 6, 30, 20, 0).atZone(ZoneId.of("UTC")).toInstant();
		assertThat(this.registration.isValidAt(lateEveningUtc, SHANGHAI)).isFalse();
	}

	@Test
	void aRegistrationIsNotValidBeforeItsFirstDay() {
		assertThat(this.registration.statusOn(LocalDate.of(2024, 6, 30))).isEqualTo(RegistrationStatus.NOT_YET_VALID);
		assertThat(this.registration.statusOn(LocalDate.of(2024, 7, 1))).isEqualTo(RegistrationStatus.VALID);
	}

	@Test
	void theStatusTurnsRenewalDueWhenTheWindowOpensAndExpiredTheDayAfterTheLastDay() {
		assertThat(this.registration.statusOn(LocalDate.of(2027, 3, 31))).isEqualTo(RegistrationStatus.VALID);
		assertThat(this.registration.statusOn(LocalDate.of(2027, 4, 1))).isEqualTo(RegistrationStatus.RENEWAL_DUE);
		assertThat(this.registration.statusOn(LocalDate.of(2027, 6, 30)).isValid()).isTrue();
		assertThat(this.registration.statusOn(LocalDate.of(2027, 7, 1))).isEqualTo(RegistrationStatus.EXPIRED);
	}

	@Test
	void renewingInsideTheWindowContinuesWithoutAGap() {
		Registration next = RegistrationPolicy.NATIONAL.renewalOf(this.registration, LocalDate.of(2027, 5, 15));
		assertThat(next.from()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(next.validThrough()).isEqualTo(LocalDate.of(2030, 6, 30));
	}

	@Test
	void renewingAfterExpiryStartsOnTheDayOfRenewalSoTheGapIsNotCertified() {
		Registration next = RegistrationPolicy.NATIONAL.renewalOf(this.registration, LocalDate.of(2027, 9, 10));
		assertThat(next.from()).isEqualTo(LocalDate.of(2027, 9, 10));
	}

	@Test
	void renewalBeforeTheWindowOpensIsRefused() {
		assertThat(refusalOf(() -> RegistrationPolicy.NATIONAL.renewalOf(this.registration, LocalDate.of(2027, 3, 31)))
			.rule()).isEqualTo("registration-renewal-not-open");
	}

	@Test
	void aCityMayConfigureItsOwnValidityAndWindow() {
		RegistrationPolicy city = new RegistrationPolicy(Period.ofYears(2), Period.ofMonths(6));
		Registration registration = city.registrationFrom(LocalDate.of(2024, 7, 1));
		assertThat(registration.validThrough()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(registration.renewalOpensOn()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

}
