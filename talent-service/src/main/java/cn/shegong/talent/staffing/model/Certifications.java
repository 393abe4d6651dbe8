package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Which workers hold a valid certificate registration on a day. A port: the application
 * layer answers it from the certificate records (certificate.model.Certification.of);
 * {@link #of} serves tests and snapshots.
 */
@FunctionalInterface
public interface Certifications {

	boolean isCertifiedOn(String workerId, LocalDate day);

	static Certifications of(List<CertifiedPeriod> periods) {
		List<CertifiedPeriod> copy = List.copyOf(periods);
		return (workerId, day) -> copy.stream()
			.anyMatch((period) -> period.workerId().equals(workerId) && period.isValidOn(day));
	}

}
