package cn.shegong.talent.certificate.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.certificate.model.Certification;
import cn.shegong.talent.certificate.persistence.CertificateRepository;
import cn.shegong.talent.certificate.persistence.StoredCertificate;

/**
 * Query port for other areas of talent-service (staffing compliance, tiers, training):
 * whether a worker counts as certified on a day and at which level. It checks no caller;
 * the asking area has already decided the worker is one its caller may see.
 */
@Component
public class CertifiedWorkers {

	private final CertificateRepository certificates;

	private final Clock clock;

	CertifiedWorkers(CertificateRepository certificates, Clock clock) {
		this.certificates = certificates;
		this.clock = clock;
	}

	/**
	 * The worker's certification on {@code day}: highest level with a valid registration.
	 */
	public Optional<Certification> certificationOn(String workerId, LocalDate day) {
		return Certification.of(certificatesOf(workerId), day);
	}

	/**
	 * The level the worker counts as on {@code day}; empty means 辅助人员 (not certified).
	 */
	public Optional<CertificateLevel> levelOn(String workerId, LocalDate day) {
		return certificationOn(workerId, day).map(Certification::level);
	}

	public boolean isCertifiedOn(String workerId, LocalDate day) {
		return certificationOn(workerId, day).isPresent();
	}

	/**
	 * At a moment, judged by its calendar day in the service clock's zone
	 * (Asia/Shanghai).
	 */
	public boolean isCertifiedAt(String workerId, Instant moment) {
		return isCertifiedOn(workerId, LocalDate.ofInstant(moment, this.clock.getZone()));
	}

	/**
	 * Certifications of many workers on one day, one store query; uncertified workers are
	 * absent.
	 */
	public Map<String, Certification> certificationsOn(List<String> workerIds, LocalDate day) {
		Map<String, List<Certificate>> byWorker = this.certificates.heldByAny(workerIds)
			.stream()
			.map(StoredCertificate::certificate)
			.collect(Collectors.groupingBy(Certificate::workerId));
		return byWorker.entrySet()
			.stream()
			.flatMap((
					entry) -> Certification.of(entry.getValue(), day).map((c) -> Map.entry(entry.getKey(), c)).stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Certificates whose current registration ends in the period, for the expiry notices.
	 */
	public List<Certificate> currentRegistrationEndingBetween(LocalDate first, LocalDate last) {
		return this.certificates.withRegistrationEndingBetween(first, last)
			.stream()
			.map(StoredCertificate::certificate)
			.filter((certificate) -> {
				LocalDate lastValidDay = certificate.currentRegistration().validThrough();
				return !lastValidDay.isBefore(first) && !lastValidDay.isAfter(last);
			})
			.toList();
	}

	private List<Certificate> certificatesOf(String workerId) {
		return this.certificates.heldBy(workerId).stream().map(StoredCertificate::certificate).toList();
	}

}
