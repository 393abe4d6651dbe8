package cn.shegong.talent.importing.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.RegistrationPolicy;
import cn.shegong.talent.worker.model.ResidentId;

/**
 * The rules a sheet row must pass before anything is written. The worker and certificate
 * rules are the domain's own (a row is refused for the same reason the single-worker
 * endpoint would refuse it); on top, a person and a certificate number appear once per
 * file, because HR cannot tell which of two rows is right.
 */
public final class RowRules {

	/** A career longer than this is a typing error, as on the single-worker endpoint. */
	static final int MAX_YEARS_OF_SERVICE = 60;

	private final RegistrationPolicy registrationPolicy;

	private final LocalDate today;

	public RowRules(RegistrationPolicy registrationPolicy, LocalDate today) {
		this.registrationPolicy = registrationPolicy;
		this.today = today;
	}

	/**
	 * Checks every non-blank row; later rows repeating a person or number are refused.
	 */
	public List<CheckedRow> checkAll(List<SheetRow> rows) {
		Map<String, Integer> rowOfResidentId = new HashMap<>();
		Map<String, Integer> rowOfCertificateNumber = new HashMap<>();
		List<CheckedRow> checked = new ArrayList<>();
		for (SheetRow row : rows) {
			if (row.isBlank()) {
				continue;
			}
			CheckedRow result = check(row);
			if (result instanceof ValidRow valid) {
				result = refuseRepeats(valid, rowOfResidentId, rowOfCertificateNumber);
			}
			checked.add(result);
		}
		return checked;
	}

	private CheckedRow refuseRepeats(ValidRow row, Map<String, Integer> rowOfResidentId,
			Map<String, Integer> rowOfCertificateNumber) {
		Integer earlier = rowOfResidentId.putIfAbsent(row.residentId().reveal(), row.rowNumber());
		if (earlier != null) {
			return new RefusedRow(row.rowNumber(), row.residentIdMasked(), "import-resident-id-duplicate-in-file",
					"The same resident ID number is already on row %d of this file".formatted(earlier));
		}
		if (row.certificate().isPresent()) {
			String number = row.certificate().get().number();
			Integer earlierNumber = rowOfCertificateNumber.putIfAbsent(number, row.rowNumber());
			if (earlierNumber != null) {
				return new RefusedRow(row.rowNumber(), row.residentIdMasked(),
						"import-certificate-number-duplicate-in-file",
						"Certificate number %s is already on row %d of this file".formatted(number, earlierNumber));
			}
		}
		return row;
	}

	/** Checks one row on its own. */
	public CheckedRow check(SheetRow row) {
		String masked = maskedResidentIdOf(row);
		try {
			return valid(row);
		}
		catch (ProblemException ex) {
			return new RefusedRow(row.number(), masked, ex.rule(), ex.getMessage());
		}
	}

	private ValidRow valid(SheetRow row) {
		String name = row.text(Column.NAME);
		if (name.isEmpty()) {
			throw ProblemException.ruleViolated("worker-name-required", "A worker needs a name");
		}
		ResidentId residentId = ResidentId.parse(row.text(Column.RESIDENT_ID));
		return new ValidRow(row.number(), name, residentId, Educations.parse(row.text(Column.EDUCATION)),
				yearsOfService(row.text(Column.YEARS_OF_SERVICE)), certificate(row),
				employedSince(row.text(Column.EMPLOYED_SINCE)));
	}

	/** Empty cell: the worker counts as hired on the day of the import. */
	private Optional<LocalDate> employedSince(String text) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		LocalDate since;
		try {
			since = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.ruleViolated("import-employment-start-invalid",
					"The employment start date must be a date such as 2024-03-01, was %s".formatted(text), text);
		}
		if (since.isAfter(this.today)) {
			throw ProblemException.ruleViolated("import-employment-start-in-the-future",
					"The employment start date %s is after today %s".formatted(since, this.today), since, this.today);
		}
		return Optional.of(since);
	}

	private static int yearsOfService(String text) {
		try {
			int years = Integer.parseInt(text);
			if (years >= 0 && years <= MAX_YEARS_OF_SERVICE) {
				return years;
			}
		}
		catch (NumberFormatException ex) {
			// refused below, like an out-of-range number
		}
		throw ProblemException.ruleViolated("import-years-of-service-invalid",
				"Years of service must be a whole number from 0 to %d".formatted(MAX_YEARS_OF_SERVICE),
				MAX_YEARS_OF_SERVICE);
	}

	private Optional<CertificateEntry> certificate(SheetRow row) {
		List<String> cells = List.of(row.text(Column.CERTIFICATE_LEVEL), row.text(Column.CERTIFICATE_NUMBER),
				row.text(Column.EXAM_YEAR), row.text(Column.REGISTERED_ON));
		if (cells.stream().allMatch(String::isEmpty)) {
			return Optional.empty();
		}
		if (cells.stream().anyMatch(String::isEmpty)) {
			throw ProblemException.ruleViolated("import-certificate-incomplete",
					"A certificate needs its level, number, exam year and registration date");
		}
		CertificateEntry entry = new CertificateEntry(level(cells.get(0)), cells.get(1), examYear(cells.get(2)),
				registeredOn(cells.get(3)));
		// The certificate's own rules (exam year range, registration dates) decide, so
		// the file is judged exactly as the certificate endpoint would judge it.
		Certificate.record("check", "check", entry.level(), entry.number(), entry.examYear(), entry.registeredOn(),
				this.registrationPolicy, this.today);
		return Optional.of(entry);
	}

	private static CertificateLevel level(String text) {
		for (CertificateLevel level : CertificateLevel.values()) {
			if (level.title().equals(text) || level.name().equalsIgnoreCase(text)) {
				return level;
			}
		}
		throw ProblemException.ruleViolated("import-certificate-level-unknown",
				"Unknown certificate level %s; use 助理社会工作师, 社会工作师 or 高级社会工作师".formatted(text), text);
	}

	private static int examYear(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw ProblemException.ruleViolated("import-exam-year-not-a-year",
					"The exam year must be a four-digit year, was %s".formatted(text), text);
		}
	}

	private static LocalDate registeredOn(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.ruleViolated("import-registration-date-invalid",
					"The registration date must be a date such as 2024-03-01, was %s".formatted(text), text);
		}
	}

	/** Masks whatever was typed; a fragment too short to mask shows nothing. */
	private static String maskedResidentIdOf(SheetRow row) {
		String typed = row.text(Column.RESIDENT_ID);
		return (typed.length() >= 12) ? ResidentId.mask(typed) : "";
	}

}
