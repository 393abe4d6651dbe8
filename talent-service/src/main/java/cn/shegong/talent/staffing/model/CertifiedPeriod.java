package cn.shegong.talent.staffing.model;

import java.time.LocalDate;

/**
 * A period in which a worker's social-work certificate is registered and valid, both days
 * inclusive: staffing's view of a registration (certificate.model.Registration).
 * Registration lasts 3 years and must be renewed [NAT]; a lapsed certificate does not
 * count toward staffing (DOMAIN §7).
 */
public record CertifiedPeriod(String workerId, LocalDate firstValidDay, LocalDate lastValidDay) {

	public CertifiedPeriod {
		if (workerId == null || firstValidDay == null || lastValidDay == null || lastValidDay.isBefore(firstValidDay)) {
			throw new IllegalArgumentException("a registration needs a worker and a valid period, was " + firstValidDay
					+ " to " + lastValidDay + " for " + workerId);
		}
	}

	public boolean isValidOn(LocalDate day) {
		return !day.isBefore(this.firstValidDay) && !day.isAfter(this.lastValidDay);
	}

}
