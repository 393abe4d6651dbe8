package cn.shegong.talent.certificate.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.certificate.model.Certificate;
import cn.shegong.talent.certificate.model.RegistrationPolicy;
import cn.shegong.talent.certificate.persistence.CertificateRepository;
import cn.shegong.talent.certificate.persistence.StoredCertificate;
import cn.shegong.talent.staffing.application.StaffingCompliance;
import cn.shegong.talent.worker.application.WorkerDirectory;

/**
 * HR records and renews the certificates of its own workers; reaching a worker goes
 * through {@link WorkerDirectory#readOwn}, so another agency's worker's certificates are
 * as invisible as the worker.
 */
@Service
public class CertificateBook {

	private final CertificateRepository certificates;

	private final WorkerDirectory workers;

	private final RegistrationPolicy policy;

	private final StaffingCompliance staffing;

	private final Clock clock;

	CertificateBook(CertificateRepository certificates, WorkerDirectory workers, RegistrationPolicy policy,
			StaffingCompliance staffing, Clock clock) {
		this.certificates = certificates;
		this.workers = workers;
		this.policy = policy;
		this.staffing = staffing;
		this.clock = clock;
	}

	public StoredCertificate record(Caller caller, String workerId, NewCertificate request) {
		this.workers.readOwn(caller, workerId);
		Certificate certificate = Certificate.record("certificate-" + UUID.randomUUID(), workerId, request.level(),
				request.number(), request.examYear(), request.registeredOn(), this.policy, today());
		StoredCertificate stored = this.certificates.insert(certificate);
		// A worker already on a contract may now count as certified there.
		this.staffing.recomputeForWorker(workerId);
		return stored;
	}

	public List<StoredCertificate> heldBy(Caller caller, String workerId) {
		this.workers.readOwn(caller, workerId);
		return this.certificates.heldBy(workerId);
	}

	public StoredCertificate renew(Caller caller, String workerId, String certificateId, long version) {
		this.workers.readOwn(caller, workerId);
		StoredCertificate stored = this.certificates.findById(certificateId)
			.filter((found) -> found.certificate().workerId().equals(workerId))
			.orElseThrow(() -> ProblemException.notFound("certificate-not-found",
					"No certificate %s of worker %s".formatted(certificateId, workerId), certificateId, workerId));
		if (stored.version() != version) {
			// The client decided on a state that is gone; judge nothing against the new
			// one.
			throw new OptimisticLockingFailureException(
					"certificate " + certificateId + " is no longer at version " + version);
		}
		Certificate renewed = stored.certificate().renew(this.policy, today());
		StoredCertificate saved = this.certificates.save(new StoredCertificate(renewed, version));
		// A lapsed registration renewed makes the worker count toward staffing again.
		this.staffing.recomputeForWorker(workerId);
		return saved;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
