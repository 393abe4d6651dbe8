package cn.shegong.talent.certificate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A worker's professional certificate (职业水平证书) and its registrations, oldest first. The
 * certificate itself never lapses; only a valid registration makes the worker count as
 * certified.
 */
public record Certificate(String id, String workerId, CertificateLevel level, String number, int examYear,
		List<Registration> registrations) {

	/** The national examination was first held in 2008. */
	static final int FIRST_EXAM_YEAR = 2008;

	public Certificate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(workerId, "workerId");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(number, "number");
		registrations = List.copyOf(registrations);
		if (registrations.isEmpty()) {
			throw new IllegalArgumentException("a recorded certificate has at least one registration");
		}
	}

	/**
	 * A certificate recorded with its first registration starting on
	 * {@code registeredOn}.
	 */
	public static Certificate record(String id, String workerId, CertificateLevel level, String number, int examYear,
			LocalDate registeredOn, RegistrationPolicy policy, LocalDate today) {
		if (examYear < FIRST_EXAM_YEAR || examYear > today.getYear()) {
			throw ProblemException
				.ruleViolated(
						"certificate-exam-year-invalid", "The exam year must be between %s and %s, was %s"
							.formatted(FIRST_EXAM_YEAR, today.getYear(), examYear),
						FIRST_EXAM_YEAR, today.getYear(), examYear);
		}
		if (registeredOn.getYear() < examYear) {
			throw ProblemException.ruleViolated("registration-before-exam-year",
					"A certificate cannot be registered on %s, before its exam year %s".formatted(registeredOn,
							examYear),
					registeredOn, examYear);
		}
		if (registeredOn.isAfter(today)) {
			throw ProblemException.ruleViolated("registration-date-in-the-future",
					"A registration cannot start in the future, was %s".formatted(registeredOn), registeredOn);
		}
		return new Certificate(id, workerId, level, number.strip(), examYear,
				List.of(policy.registrationFrom(registeredOn)));
	}

	public Registration currentRegistration() {
		return this.registrations.get(this.registrations.size() - 1);
	}

	/** The registration valid on {@code day}, if any. */
	public Optional<Registration> registrationValidOn(LocalDate day) {
		return this.registrations.stream().filter((registration) -> registration.isValidOn(day)).findFirst();
	}

	public boolean certifiesOn(LocalDate day) {
		return registrationValidOn(day).isPresent();
	}

	public boolean certifiesAt(Instant moment, ZoneId zone) {
		return certifiesOn(LocalDate.ofInstant(moment, zone));
	}

	/**
	 * Renews the current registration on {@code today}; see
	 * {@link RegistrationPolicy#renewalOf}.
	 */
	public Certificate renew(RegistrationPolicy policy, LocalDate today) {
		List<Registration> renewed = new ArrayList<>(this.registrations);
		renewed.add(policy.renewalOf(currentRegistration(), today));
		return new Certificate(this.id, this.workerId, this.level, this.number, this.examYear, renewed);
	}

}
