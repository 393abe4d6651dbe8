package cn.shegong.talent.importing.application;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.certificate.application.CertificateBook;
import cn.shegong.talent.certificate.application.NewCertificate;
import cn.shegong.talent.certificate.persistence.CertificateRepository;
import cn.shegong.talent.certificate.persistence.StoredCertificate;
import cn.shegong.talent.importing.application.RowReport.Action;
import cn.shegong.talent.importing.model.CertificateEntry;
import cn.shegong.talent.importing.model.CheckedRow;
import cn.shegong.talent.importing.model.RefusedRow;
import cn.shegong.talent.importing.model.ValidRow;
import cn.shegong.talent.worker.application.HrAgency;
import cn.shegong.talent.worker.application.NewWorker;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.persistence.StoredWorker;
import cn.shegong.talent.worker.persistence.WorkerRepository;
import cn.shegong.talent.worker.protection.ResidentIdProtection;

/**
 * Decides what a valid row means against what is recorded, and applies it through the
 * same use cases as the single-worker and certificate endpoints. Workers are matched by
 * the resident ID's keyed hash and certificates by number, which is what makes importing
 * the same file twice change nothing the second time.
 */
@Component
class RowPlanner {

	private final WorkerRepository workers;

	private final CertificateRepository certificates;

	private final ResidentIdProtection protection;

	private final WorkerDirectory directory;

	private final CertificateBook certificateBook;

	RowPlanner(WorkerRepository workers, CertificateRepository certificates, ResidentIdProtection protection,
			WorkerDirectory directory, CertificateBook certificateBook) {
		this.workers = workers;
		this.certificates = certificates;
		this.protection = protection;
		this.directory = directory;
		this.certificateBook = certificateBook;
	}

	/** What applying the row would do; writes nothing. */
	RowReport plan(Caller caller, CheckedRow row) {
		if (!(row instanceof ValidRow valid)) {
			return refusedReport((RefusedRow) row);
		}
		try {
			return RowReport.ok(valid.rowNumber(), decide(caller, valid).action(), valid.residentIdMasked());
		}
		catch (ProblemException ex) {
			return RowReport.refused(valid.rowNumber(), valid.residentIdMasked(), ex.rule(), ex.getMessage());
		}
	}

	/** Applies the row; a row the store refuses now is reported, not thrown. */
	RowReport apply(Caller caller, CheckedRow row) {
		if (row instanceof ValidRow valid) {
			try {
				Decision decision = decide(caller, valid);
				write(caller, valid, decision);
				return RowReport.ok(valid.rowNumber(), decision.action(), valid.residentIdMasked());
			}
			catch (ProblemException ex) {
				return RowReport.refused(valid.rowNumber(), valid.residentIdMasked(), ex.rule(), ex.getMessage());
			}
		}
		return refusedReport((RefusedRow) row);
	}

	private void write(Caller caller, ValidRow row, Decision decision) {
		if (decision.action() == Action.ALREADY_PRESENT) {
			return;
		}
		String workerId = decision.workerId()
			.orElseGet(() -> this.directory
				.register(caller,
						new NewWorker(row.name(), row.residentId().reveal(), row.education(), row.yearsOfService(),
								Optional.empty()))
				.worker()
				.id());
		row.certificate()
			.ifPresent((entry) -> this.certificateBook.record(caller, workerId,
					new NewCertificate(entry.level(), entry.number(), entry.examYear(), entry.registeredOn())));
	}

	private Decision decide(Caller caller, ValidRow row) {
		String agencyId = HrAgency.of(caller);
		Optional<StoredWorker> worker = this.workers.findByResidentIdHash(this.protection.lookupHash(row.residentId()));
		if (worker.isPresent() && !worker.get().worker().isEmployedBy(agencyId)) {
			// As the single-worker endpoint says: the person exists, nothing about where.
			throw ProblemException.conflict("worker-already-registered",
					"A worker with this resident ID number is already registered on the platform");
		}
		Optional<String> workerId = worker.map((stored) -> stored.worker().id());
		boolean certificateNew = row.certificate().map((entry) -> isNew(entry, workerId)).orElse(false);
		if (workerId.isEmpty()) {
			return new Decision(Action.CREATE, workerId);
		}
		return new Decision(certificateNew ? Action.UPDATE : Action.ALREADY_PRESENT, workerId);
	}

	/**
	 * Whether the certificate is still to be recorded; refused if another worker holds
	 * it.
	 */
	private boolean isNew(CertificateEntry entry, Optional<String> workerId) {
		Optional<StoredCertificate> recorded = this.certificates.findByNumber(entry.number());
		if (recorded.isEmpty()) {
			return true;
		}
		if (workerId.isPresent() && recorded.get().certificate().workerId().equals(workerId.get())) {
			return false;
		}
		throw ProblemException.conflict("certificate-number-already-recorded",
				"Certificate number %s is already recorded".formatted(entry.number()), entry.number());
	}

	private static RowReport refusedReport(RefusedRow refused) {
		return RowReport.refused(refused.rowNumber(), refused.residentIdMasked(), refused.rule(), refused.message());
	}

	private record Decision(Action action, Optional<String> workerId) {

	}

}
