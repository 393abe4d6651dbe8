package cn.shegong.talent.certificate.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateTest {

	static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

	static Certificate certificate(CertificateLevel level, LocalDate registeredOn) {
		return Certificate.record("c-" + level, "worker-1", level, " Z2020-001 ", 2020, registeredOn,
				RegistrationPolicy.NATIONAL, TODAY);
	}

	@Test
	void aCertificateIsRecordedWithItsFirstRegistration() {
		Certificate certificate = certificate(CertificateLevel.ASSISTANT, LocalDate.of(2021, 3, 1));
		assertThat(certificate.number()).isEqualTo("Z2020-001");
		assertThat(certificate.currentRegistration().validThrough()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void aWorkerCountsAsCertifiedOnlyWhileARegistrationIsValid() {
		Certificate certificate = certificate(CertificateLevel.ASSISTANT, LocalDate.of(2021, 3, 1));
		assertThat(certificate.certifiesOn(LocalDate.of(2024, 2, 29))).isTrue();
		assertThat(certificate.certifiesOn(LocalDate.of(2024, 3, 1))).isFalse();
	}

	@Test
	void aLapsedRenewalLeavesTheGapUncertifiedButKeepsThePastRegistration() {
		Certificate renewed = certificate(CertificateLevel.ASSISTANT, LocalDate.of(2021, 3, 1))
			.renew(RegistrationPolicy.NATIONAL, LocalDate.of(2024, 5, 10));
		assertThat(renewed.certifiesOn(LocalDate.of(2023, 6, 1))).isTrue();
		assertThat(renewed.certifiesOn(LocalDate.of(2024, 4, 1))).isFalse();
		assertThat(renewed.certifiesOn(LocalDate.of(2024, 5, 10))).isTrue();
		assertThat(renewed.registrations()).hasSize(2);
	}

	@Test
	void anExamYearBeforeTheFirstNationalExamOrInTheFutureIsRefused() {
		assertThat(refusalOf(() -> Certificate.record("c", "w", CertificateLevel.ASSISTANT, "n", 2007,
				LocalDate.of(2008, 1, 1), RegistrationPolicy.NATIONAL, TODAY))
			.rule()).isEqualTo("certificate-exam-year-invalid");
		assertThat(refusalOf(() -> Certificate.record("c", "w", CertificateLevel.ASSISTANT, "n", 2026,
				LocalDate.of(2025, 1, 1), RegistrationPolicy.NATIONAL, TODAY))
			.rule()).isEqualTo("certificate-exam-year-invalid");
	}

	@Test
	void aRegistrationCannotPrecedeTheExamYearNorStartInTheFuture() {
		assertThat(refusalOf(() -> Certificate.record("c", "w", CertificateLevel.ASSISTANT, "n", 2020,
				LocalDate.of(2019, 12, 31), RegistrationPolicy.NATIONAL, TODAY))
			.rule()).isEqualTo("registration-before-exam-year");
		assertThat(refusalOf(() -> Certificate.record("c", "w", CertificateLevel.ASSISTANT, "n", 2020,
				TODAY.plusDays(1), RegistrationPolicy.NATIONAL, TODAY))
			.rule()).isEqualTo("registration-date-in-the-future");
	}

	@Test
	void aWorkerWithSeveralValidCertificatesCountsAtTheHighestLevel() {
		List<Certificate> held = List.of(certificate(CertificateLevel.ASSISTANT, LocalDate.of(2024, 1, 1)),
				certificate(CertificateLevel.INTERMEDIATE, LocalDate.of(2025, 1, 1)));
		assertThat(Certification.of(held, LocalDate.of(2024, 6, 1)).orElseThrow().level())
			.isEqualTo(CertificateLevel.ASSISTANT);
		assertThat(Certification.of(held, LocalDate.of(2025, 6, 1)).orElseThrow().level())
			.isEqualTo(CertificateLevel.INTERMEDIATE);
		assertThat(Certification.of(held, LocalDate.of(2023, 6, 1))).isEmpty();
	}

}
