package cn.shegong.talent.certificate.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * How long a registration lasts and how early it may be renewed. The national defaults
 * are three years and three months; a city may configure its own.
 */
public record RegistrationPolicy(Period validity, Period renewalWindow) {

	public static final RegistrationPolicy NATIONAL = new RegistrationPolicy(Period.ofYears(3), Period.ofMonths(3));

	public RegistrationPolicy {
		Objects.requireNonNull(validity, "validity");
		Objects.requireNonNull(renewalWindow, "renewalWindow");
		if (validity.isZero() || validity.isNegative() || renewalWindow.isNegative()) {
			throw new IllegalArgumentException(
					"a registration lasts a positive period and opens renewal a non-negative one before expiry");
		}
	}

	/**
	 * A registration starting on {@code from}: three years from 2024-07-01 is valid
	 * through 2027-06-30.
	 */
	public Registration registrationFrom(LocalDate from) {
		LocalDate expiresOn = from.plus(this.validity);
		return new Registration(from, expiresOn.minusDays(1), expiresOn.minus(this.renewalWindow));
	}

	/**
	 * The registration that follows {@code current} when renewed on {@code today}:
	 * seamless if renewed before expiry, from today if it had already lapsed, so the gap
	 * in between never counts as certified.
	 */
	public Registration renewalOf(Registration current, LocalDate today) {
		if (today.isBefore(current.renewalOpensOn())) {
			throw ProblemException.ruleViolated("registration-renewal-not-open",
					"Renewal opens on %s, %s before the registration expires on %s".formatted(current.renewalOpensOn(),
							this.renewalWindow, current.expiresOn()),
					current.renewalOpensOn(), this.renewalWindow, current.expiresOn());
		}
		LocalDate from = today.isAfter(current.validThrough()) ? today : current.expiresOn();
		return registrationFrom(from);
	}

}
