package cn.shegong.talent.importing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
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
import cn.shegong.talent.worker.application.ProfileEdit;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.model.FieldChange;
import cn.shegong.talent.worker.persistence.StoredWorker;
import cn.shegong.talent.worker.persistence.WorkerRepository;
import cn.shegong.talent.worker.protection.ResidentIdProtection;

/**
 * Decides what a valid row means against what is recorded, and applies it through the
 * same use cases as the single-worker and certificate endpoints. Workers are matched by
 * the resident ID's keyed hash and certificates by number, and a worker already recorded
 * is changed only where the row differs, which is what makes importing the same file
 * twice change nothing the second time.
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
			Decision decision = decide(caller, valid);
			return RowReport.ok(valid.rowNumber(), decision.action(), valid.residentIdMasked(), decision.changes());
		}
		catch (ProblemException ex) {
			return RowReport.refused(valid.rowNumber(), valid.residentIdMasked(), ex.rule(), ex.getMessage());
		}
	}

	/**
	 * Applies the row; a row the store refuses now is reported, not thrown. A profile the
	 * row corrects is corrected through the same rule as HR's own correction, with
	 * {@code reason} in the worker's history.
	 */
	RowReport apply(Caller caller, CheckedRow row, String reason) {
		if (row instanceof ValidRow valid) {
			try {
				Decision decision = decide(caller, valid);
				write(caller, valid, decision, reason);
				return RowReport.ok(valid.rowNumber(), decision.action(), valid.residentIdMasked(), decision.changes());
			}
			catch (ProblemException ex) {
				return RowReport.refused(valid.rowNumber(), valid.residentIdMasked(), ex.rule(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				// HR changed the worker between reading and correcting it: this row only,
				// not the whole job, and uploading the file again applies it.
				return RowReport.refused(valid.rowNumber(), valid.residentIdMasked(), "stale-version",
						"The worker changed while the file was imported; upload the file again to apply this row");
			}
		}
		return refusedReport((RefusedRow) row);
	}

	private void write(Caller caller, ValidRow row, Decision decision, String reason) {
		if (decision.action() == Action.ALREADY_PRESENT) {
			return;
		}
		String workerId = decision.worker()
			.map((stored) -> corrected(caller, stored, row, decision, reason))
			.orElseGet(() -> this.directory
				.register(caller,
						new NewWorker(row.name(), row.residentId().reveal(), row.education(), row.yearsOfService(),
								row.employedSince()))
				.worker()
				.id());
		if (decision.certificateNew()) {
			CertificateEntry entry = row.certificate().orElseThrow();
			this.certificateBook.record(caller, workerId,
					new NewCertificate(entry.level(), entry.number(), entry.examYear(), entry.registeredOn()));
		}
	}

	private String corrected(Caller caller, StoredWorker stored, ValidRow row, Decision decision, String reason) {
		String workerId = stored.worker().id();
		if (decision.profileChanged()) {
			this.directory.correctProfile(caller, workerId, ProfileEdit.of(row.profile()), reason, stored.version());
		}
		return workerId;
	}

	/**
	 * A worker already recorded keeps the employment start it has: the sheet's date is
	 * used only for a new worker, since a move or a change of start is not a correction
	 * of the profile.
	 */
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
		if (worker.isEmpty()) {
			return new Decision(Action.CREATE, worker, List.of(), certificateNew);
		}
		List<String> profileChanges = row.profile()
			.changesFrom(worker.get().worker().profile())
			.stream()
			.map(FieldChange::field)
			.toList();
		return new Decision(worker, profileChanges, certificateNew);
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

	/** What the row does to a worker, and which fields and certificate it changes. */
	private record Decision(Action action, Optional<StoredWorker> worker, List<String> profileChanges,
			boolean certificateNew) {

		Decision(Optional<StoredWorker> worker, List<String> profileChanges, boolean certificateNew) {
			this((profileChanges.isEmpty() && !certificateNew) ? Action.ALREADY_PRESENT : Action.UPDATE, worker,
					profileChanges, certificateNew);
		}

		boolean profileChanged() {
			return !this.profileChanges.isEmpty();
		}

		/**
		 * What the report names as changed; a new worker changes nothing already there.
		 */
		List<String> changes() {
			if (this.action != Action.UPDATE) {
				return List.of();
			}
			List<String> changes = new ArrayList<>(this.profileChanges);
			if (this.certificateNew) {
				changes.add("certificate");
			}
			return changes;
		}

	}

}
