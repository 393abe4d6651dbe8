package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Which workers hold a valid certificate registration on a day. A port: the application
 * layer answers it from the certificate records; {@link #of} serves tests and snapshots.
 */
@FunctionalInterface
public interface Certifications {

	boolean isCertifiedOn(String workerId, LocalDate day);

	static Certifications of(List<Registration> registrations) {
		List<Registration> copy = List.copyOf(registrations);
		return (workerId, day) -> copy.stream()
			.anyMatch((registration) -> registration.workerId().equals(workerId) && registration.isValidOn(day));
	}

}
