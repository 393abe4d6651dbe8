package cn.shegong.talent.certificate.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One registration period of a certificate (登记). It is valid from its first day through
 * its last, whole days in the platform's zone: at midnight after {@code validThrough} the
 * worker stops counting as certified. Renewal may be asked for from
 * {@code renewalOpensOn}.
 */
public record Registration(LocalDate from, LocalDate validThrough, LocalDate renewalOpensOn) {

	public Registration {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(validThrough, "validThrough");
		Objects.requireNonNull(renewalOpensOn, "renewalOpensOn");
		if (validThrough.isBefore(from)) {
			throw new IllegalArgumentException("a registration cannot end before it starts");
		}
	}

	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.validThrough);
	}

	/** Valid at a moment, judged by the calendar day it falls on in {@code zone}. */
	public boolean isValidAt(Instant moment, ZoneId zone) {
		return isValidOn(LocalDate.ofInstant(moment, zone));
	}

	public RegistrationStatus statusOn(LocalDate day) {
		if (day.isBefore(this.from)) {
			return RegistrationStatus.NOT_YET_VALID;
		}
		if (day.isAfter(this.validThrough)) {
			return RegistrationStatus.EXPIRED;
		}
		return day.isBefore(this.renewalOpensOn) ? RegistrationStatus.VALID : RegistrationStatus.RENEWAL_DUE;
	}

	/** The first day the worker is no longer registered, unless renewed. */
	public LocalDate expiresOn() {
		return this.validThrough.plusDays(1);
	}

}
