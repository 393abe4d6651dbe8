package cn.shegong.talent.certificate.model;

import java.util.Comparator;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;

/**
 * That a worker counts as certified on a day: the highest level among their certificates
 * whose registration is valid then, and that registration (its cycle is the one
 * continuing education is measured over).
 */
public record Certification(CertificateLevel level, Registration registration) {

	public static Optional<Certification> of(List<Certificate> certificates, LocalDate day) {
		return certificates.stream()
			.flatMap((certificate) -> certificate.registrationValidOn(day)
				.map((registration) -> new Certification(certificate.level(), registration))
				.stream())
			.max(Comparator.comparing(Certification::level));
	}

}
