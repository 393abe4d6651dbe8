package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * What the rank requirements read about a worker for one appointment: no name, no ID.
 *
 * @param effectiveOn the day the appointment takes effect
 * @param levelOnEffectiveDay the highest level registered and valid that day, empty if
 * none is
 * @param yearsOfService completed years of social-work service
 */
public record SupervisorCandidate(LocalDate effectiveOn, Optional<CertificateLevel> levelOnEffectiveDay,
		int yearsOfService) {

	public SupervisorCandidate {
		if (effectiveOn == null || levelOnEffectiveDay == null || yearsOfService < 0) {
			throw new IllegalArgumentException("a candidate needs a day, a level and non-negative years");
		}
	}

}
