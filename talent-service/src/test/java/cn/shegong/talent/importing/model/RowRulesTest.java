package cn.shegong.talent.importing.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.RegistrationPolicy;
import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.ResidentIds;

import static cn.shegong.talent.importing.model.ImportRows.certifiedWorker;
import static cn.shegong.talent.importing.model.ImportRows.uncertified;
import static cn.shegong.talent.importing.model.ImportRows.with;
import static org.assertj.core.api.Assertions.assertThat;

class RowRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	private static final String NUMBER = ResidentIds.HAINING_1990;

	private final RowRules rules = new RowRules(RegistrationPolicy.NATIONAL, TODAY);

	@Test
	void aCompleteRowBecomesAWorkerWithTheCertificateTheSheetNames() {
		CheckedRow checked = this.rules.check(certifiedWorker(2, NUMBER, "S-2021-001"));

		assertThat(checked).isInstanceOfSatisfying(ValidRow.class, (valid) -> {
			assertThat(valid.name()).isEqualTo("李娜");
			assertThat(valid.residentId().reveal()).isEqualTo(NUMBER);
			assertThat(valid.education()).isEqualTo(Education.BACHELOR);
			assertThat(valid.yearsOfService()).isEqualTo(4);
			assertThat(valid.certificate()).contains(
					new CertificateEntry(CertificateLevel.INTERMEDIATE, "S-2021-001", 2021, LocalDate.of(2022, 3, 1)));
		});
	}

	@Test
	void aRowWithAllCertificateCellsEmptyIsAnUncertifiedWorker() {
		CheckedRow checked = this.rules.check(uncertified(certifiedWorker(2, NUMBER, "S-1")));

		assertThat(checked).isInstanceOfSatisfying(ValidRow.class,
				(valid) -> assertThat(valid.certificate()).isEmpty());
	}

	@Test
	void aWrongCheckDigitIsRefusedAndTheReportShowsTheNumberMaskedOnly() {
		String wrong = ResidentIds.withWrongCheckDigit(NUMBER);

		CheckedRow checked = this.rules.check(certifiedWorker(3, wrong, "S-1"));

		assertThat(checked).isInstanceOfSatisfying(RefusedRow.class, (refused) -> {
			assertThat(refused.rule()).isEqualTo("resident-id-check-digit-invalid");
			assertThat(refused.residentIdMasked()).isEqualTo("3304**********123" + wrong.charAt(17))
				.doesNotContain(wrong.substring(4, 14));
			assertThat(refused.message()).doesNotContain(wrong.substring(0, 17));
		});
	}

	@Test
	void anUnknownCertificateLevelIsRefused() {
		CheckedRow checked = this.rules.check(with(certifiedWorker(4, NUMBER, "S-1"), Column.CERTIFICATE_LEVEL, "督导"));

		assertThat(checked).extracting((row) -> ((RefusedRow) row).rule())
			.isEqualTo("import-certificate-level-unknown");
	}

	@Test
	void aRowWithoutANameIsRefusedWithTheWorkerRule() {
		CheckedRow checked = this.rules.check(with(certifiedWorker(5, NUMBER, "S-1"), Column.NAME, "  "));

		assertThat(checked).extracting((row) -> ((RefusedRow) row).rule()).isEqualTo("worker-name-required");
	}

	@Test
	void anExamYearInTheFutureIsRefusedByTheCertificatesOwnRule() {
		CheckedRow checked = this.rules.check(with(certifiedWorker(6, NUMBER, "S-1"), Column.EXAM_YEAR, "2026"));

		assertThat(checked).extracting((row) -> ((RefusedRow) row).rule()).isEqualTo("certificate-exam-year-invalid");
	}

	@Test
	void aCertificateWithSomeCellsLeftEmptyIsRefused() {
		CheckedRow checked = this.rules.check(with(certifiedWorker(7, NUMBER, "S-1"), Column.REGISTERED_ON, ""));

		assertThat(checked).extracting((row) -> ((RefusedRow) row).rule()).isEqualTo("import-certificate-incomplete");
	}

	@Test
	void anEducationNeitherInChineseNorAnEnumNameIsRefused() {
		CheckedRow checked = this.rules.check(with(certifiedWorker(8, NUMBER, "S-1"), Column.EDUCATION, "小学"));

		assertThat(checked).extracting((row) -> ((RefusedRow) row).rule()).isEqualTo("import-education-unknown");
	}

	@Test
	void yearsOfServiceThatAreNotAWholeNumberAreRefused() {
		CheckedRow checked = this.rules.check(with(certifiedWorker(9, NUMBER, "S-1"), Column.YEARS_OF_SERVICE, "3.5"));

		assertThat(checked).extracting((row) -> ((RefusedRow) row).rule()).isEqualTo("import-years-of-service-invalid");
	}

	@Test
	void theSecondRowForTheSamePersonIsRefusedAndNamesTheFirstRow() {
		List<CheckedRow> checked = this.rules
			.checkAll(List.of(certifiedWorker(2, NUMBER, "S-1"), certifiedWorker(3, NUMBER, "S-2")));

		assertThat(checked.get(0)).isInstanceOf(ValidRow.class);
		assertThat(checked.get(1)).isInstanceOfSatisfying(RefusedRow.class, (refused) -> {
			assertThat(refused.rule()).isEqualTo("import-resident-id-duplicate-in-file");
			assertThat(refused.message()).contains("row 2");
		});
	}

	@Test
	void aCertificateNumberRepeatedForAnotherPersonIsRefused() {
		List<CheckedRow> checked = this.rules.checkAll(List.of(certifiedWorker(2, NUMBER, "S-1"),
				certifiedWorker(3, ResidentIds.valid("110101", "19851201", "002"), "S-1")));

		assertThat(checked.get(1)).extracting((row) -> ((RefusedRow) row).rule())
			.isEqualTo("import-certificate-number-duplicate-in-file");
	}

	@Test
	void blankRowsBetweenWorkersAreSkipped() {
		SheetRow blank = uncertified(
				with(with(with(with(certifiedWorker(3, "", "S-1"), Column.NAME, ""), Column.EDUCATION, ""),
						Column.YEARS_OF_SERVICE, ""), Column.RESIDENT_ID, ""));

		List<CheckedRow> checked = this.rules.checkAll(List.of(certifiedWorker(2, NUMBER, "S-1"), blank));

		assertThat(checked).extracting(CheckedRow::rowNumber).containsExactly(2);
	}

	@Test
	void anEmploymentStartDateIsTakenFromTheSheetAndAnEmptyOneLeavesItToTheImportDay() {
		SheetRow row = certifiedWorker(2, NUMBER, "S-1");

		assertThat(this.rules.check(with(row, Column.EMPLOYED_SINCE, "2023-04-01"))).isInstanceOfSatisfying(
				ValidRow.class, (valid) -> assertThat(valid.employedSince()).contains(LocalDate.of(2023, 4, 1)));
		assertThat(this.rules.check(row)).isInstanceOfSatisfying(ValidRow.class,
				(valid) -> assertThat(valid.employedSince()).isEmpty());
	}

	@Test
	void anEmploymentStartDateAfterTodayIsABadRow() {
		assertThat(this.rules.check(with(certifiedWorker(2, NUMBER, "S-1"), Column.EMPLOYED_SINCE, "2025-06-02")))
			.isInstanceOfSatisfying(RefusedRow.class,
					(refused) -> assertThat(refused.rule()).isEqualTo("import-employment-start-in-the-future"));
	}

	@Test
	void anEmploymentStartDateThatIsNoDateIsABadRowWithItsReason() {
		assertThat(this.rules.check(with(certifiedWorker(2, NUMBER, "S-1"), Column.EMPLOYED_SINCE, "2023-13-45")))
			.isInstanceOfSatisfying(RefusedRow.class, (refused) -> {
				assertThat(refused.rule()).isEqualTo("import-employment-start-invalid");
				assertThat(refused.message()).contains("2023-13-45");
			});
	}

}
