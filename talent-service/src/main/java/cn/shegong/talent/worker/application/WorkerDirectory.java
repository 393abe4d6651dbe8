package cn.shegong.talent.worker.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.talent.staffing.application.StaffingCompliance;
import cn.shegong.talent.worker.model.Employment;
import cn.shegong.talent.worker.model.FieldChange;
import cn.shegong.talent.worker.model.ProfileChangeNote;
import cn.shegong.talent.worker.model.ProfileCorrection;
import cn.shegong.talent.worker.model.ResidentId;
import cn.shegong.talent.worker.model.SocialWorker;
import cn.shegong.talent.worker.model.WorkerProfile;
import cn.shegong.talent.worker.persistence.StoredWorker;
import cn.shegong.talent.worker.persistence.WorkerRepository;
import cn.shegong.talent.worker.protection.ResidentIdProtection;

/**
 * An agency's HR records and moves its workers. A worker employed elsewhere reads as not
 * found, so HR cannot even learn that another agency's worker exists. Only the current
 * employer's HR may move a worker on: the agency losing the worker releases them, and the
 * receiving agency sees them from the move on.
 */
@Service
public class WorkerDirectory {

	private static final Logger log = LoggerFactory.getLogger(WorkerDirectory.class);

	private final WorkerRepository workers;

	private final ResidentIdProtection protection;

	private final StaffingCompliance staffing;

	private final Clock clock;

	WorkerDirectory(WorkerRepository workers, ResidentIdProtection protection, StaffingCompliance staffing,
			Clock clock) {
		this.workers = workers;
		this.protection = protection;
		this.staffing = staffing;
		this.clock = clock;
	}

	public StoredWorker register(Caller caller, NewWorker request) {
		String agencyId = HrAgency.of(caller);
		ResidentId residentId = ResidentId.parse(request.residentId());
		SocialWorker worker = SocialWorker.hire("worker-" + UUID.randomUUID(), request.name(),
				this.protection.protect(residentId), request.education(), request.yearsOfService(), agencyId,
				request.employedSince().orElseGet(this::today), request.fteBasisPoints().orElse(Employment.FULL_TIME));
		StoredWorker stored = this.workers.insert(worker);
		log.info("Agency {} recorded worker {}", agencyId, worker.id());
		return stored;
	}

	/** A worker of the caller's agency; any other reads as not found. */
	public StoredWorker readOwn(Caller caller, String workerId) {
		String agencyId = HrAgency.of(caller);
		return this.workers.findById(workerId)
			.filter((stored) -> stored.worker().isEmployedBy(agencyId))
			.orElseThrow(() -> ProblemException.notFound("worker-not-found",
					"No worker %s in your agency".formatted(workerId), workerId));
	}

	public List<StoredWorker> listOwn(Caller caller) {
		return this.workers.employedBy(HrAgency.of(caller));
	}

	/** Finds the caller's own worker by resident ID number, through its keyed hash. */
	public StoredWorker findOwnByResidentId(Caller caller, String typedResidentId) {
		String agencyId = HrAgency.of(caller);
		String hash = this.protection.lookupHash(ResidentId.parse(typedResidentId));
		return this.workers.findByResidentIdHash(hash)
			.filter((stored) -> stored.worker().isEmployedBy(agencyId))
			.orElseThrow(() -> ProblemException.notFound("worker-not-found",
					"No worker with this resident ID number in your agency"));
	}

	public StoredWorker move(Caller caller, String workerId, String toAgencyId, LocalDate from, int fteBasisPoints,
			long version) {
		StoredWorker stored = readOwnAt(caller, workerId, version);
		SocialWorker moved = stored.worker().moveTo(toAgencyId, from, fteBasisPoints);
		StoredWorker saved = this.workers.save(new StoredWorker(moved, version));
		log.info("Worker {} moved from agency {} to agency {} from {}", workerId, stored.worker().employerId(),
				toAgencyId, from);
		// A worker who left no longer counts toward the old agency's contracts.
		this.staffing.recomputeForWorker(workerId);
		return saved;
	}

	/**
	 * HR corrects its own worker's name, education or years of service; the change and
	 * its reason go into the worker's profile history.
	 */
	public StoredWorker correctProfile(Caller caller, String workerId, ProfileEdit edit, String reason, long version) {
		StoredWorker stored = readOwnAt(caller, workerId, version);
		WorkerProfile corrected = edit.applyTo(stored.worker().profile());
		SocialWorker worker = stored.worker()
			.correctProfile(new ProfileCorrection(corrected, caller.subject(), this.clock.instant(), reason));
		StoredWorker saved = this.workers.save(new StoredWorker(worker, version));
		log.info("Agency {} corrected the profile of worker {} ({})", HrAgency.of(caller), workerId,
				worker.profileHistory()
					.get(worker.profileHistory().size() - 1)
					.fields()
					.stream()
					.map(FieldChange::field)
					.toList());
		return saved;
	}

	/**
	 * HR changes its own worker's share of full time from {@code from}; the current
	 * employment stretch ends the day before.
	 */
	public StoredWorker changeWorkingTime(Caller caller, String workerId, int fteBasisPoints, LocalDate from,
			String reason, long version) {
		StoredWorker stored = readOwnAt(caller, workerId, version);
		SocialWorker changed = stored.worker()
			.changeWorkingTime(fteBasisPoints, from,
					new ProfileChangeNote(caller.subject(), this.clock.instant(), reason));
		StoredWorker saved = this.workers.save(new StoredWorker(changed, version));
		log.info("Worker {} works {} basis points of full time from {}", workerId, fteBasisPoints, from);
		return saved;
	}

	private StoredWorker readOwnAt(Caller caller, String workerId, long version) {
		StoredWorker stored = readOwn(caller, workerId);
		if (stored.version() != version) {
			// The client decided on a state that is gone; judge nothing against the new
			// one.
			throw new OptimisticLockingFailureException("worker " + workerId + " is no longer at version " + version);
		}
		return stored;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
