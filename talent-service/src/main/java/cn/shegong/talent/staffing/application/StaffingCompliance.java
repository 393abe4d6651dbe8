package cn.shegong.talent.staffing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.talent.certificate.application.CertifiedWorkers;
import cn.shegong.talent.certificate.model.Certification;
import cn.shegong.talent.event.StaffingChanged;
import cn.shegong.talent.event.TalentEvents;
import cn.shegong.talent.staffing.model.StaffedContract;
import cn.shegong.talent.staffing.model.StaffingAssessment;
import cn.shegong.talent.staffing.persistence.StaffedContracts;
import cn.shegong.talent.staffing.persistence.StaffingRechecks;
import cn.shegong.talent.staffing.persistence.StaffingRechecks.Recheck;
import cn.shegong.talent.staffing.persistence.StaffedContracts.Versioned;
import cn.shegong.talent.worker.application.Employers;

/**
 * Re-assesses contracts' staffing on today and announces {@code talent.StaffingChanged}
 * only when the figures differ from those last announced. The announcement rides in the
 * same versioned write that records the new figures, so of two re-assessments that race,
 * the loser re-reads, finds the news already told, and tells nothing.
 */
@Service
public class StaffingCompliance {

	private static final Logger log = LoggerFactory.getLogger(StaffingCompliance.class);

	/** Enough for the few writers one contract ever has at once. */
	private static final int ATTEMPTS = 5;

	private final StaffedContracts contracts;

	private final CertifiedWorkers certifiedWorkers;

	private final Employers employers;

	private final Outbox outbox;

	private final StaffingRechecks rechecks;

	private final Clock clock;

	StaffingCompliance(StaffedContracts contracts, CertifiedWorkers certifiedWorkers, Employers employers,
			Outbox outbox, StaffingRechecks rechecks, Clock clock) {
		this.contracts = contracts;
		this.rechecks = rechecks;
		this.certifiedWorkers = certifiedWorkers;
		this.employers = employers;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * After a worker's certificate or employment changed: every contract they are on. The
	 * change is already saved, so a contract that cannot be re-assessed now (it kept
	 * changing under us) is queued for the recheck pass instead of failing the request.
	 */
	public void recomputeForWorker(String workerId) {
		for (String contractId : this.contracts.withWorker(workerId)) {
			try {
				recompute(contractId);
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Staffing of contract {} is busy; queued for the recheck pass", contractId);
				this.rechecks.request(contractId, this.clock.instant());
			}
		}
	}

	/**
	 * Serves the queued re-assessments; one that fails again stays queued.
	 * @return how many were served
	 */
	public int recheckQueued() {
		int served = 0;
		for (Recheck recheck : this.rechecks.pending()) {
			try {
				recompute(recheck.contractId());
				this.rechecks.served(recheck);
				served++;
			}
			catch (OptimisticLockingFailureException ex) {
				log.debug("Staffing of contract {} still busy; the next pass tries again", recheck.contractId());
			}
		}
		return served;
	}

	/**
	 * @return whether this call announced a change
	 */
	public boolean recompute(String contractId) {
		for (int attempt = 1;; attempt++) {
			Versioned read = this.contracts.find(contractId).orElse(null);
			if (read == null) {
				return false;
			}
			try {
				return saveAssessed(read.contract(), read.version(), false) > read.version();
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.debug("Contract {} changed while re-assessing its staffing; reading it again", contractId);
			}
		}
	}

	/** The team on today, as it stands. */
	public StaffingAssessment assessToday(StaffedContract contract) {
		return assessOn(contract, today());
	}

	/**
	 * The team as it stands (or stood, or is planned) on {@code day}, with certificates
	 * judged on that day; employment is the current one.
	 */
	public StaffingAssessment assessOn(StaffedContract contract, LocalDate on) {
		LocalDate today = on;
		List<String> workers = contract.assignments()
			.stream()
			.map((placed) -> placed.assignment().workerId())
			.distinct()
			.toList();
		Map<String, Certification> certified = this.certifiedWorkers.certificationsOn(workers, today);
		return contract.assessOn(today, (worker, day) -> certified.containsKey(worker),
				(worker) -> this.employers.currentEmployerOf(worker).filter(contract.agencyId()::equals).isPresent());
	}

	/**
	 * Saves a contract changed on {@code version}, announcing its staffing if that is
	 * news. A contract that did not change and says nothing new is not written at all.
	 * @return the version now stored
	 */
	long saveAssessed(StaffedContract contract, long version, boolean changed) {
		StaffingAssessment assessment = assessToday(contract);
		if (!contract.isNews(assessment)) {
			return changed ? this.contracts.save(contract, version, List.of()) : version;
		}
		PendingEvent event = this.outbox.pending(TalentEvents.STAFFING_CHANGED, contract.contractId(),
				StaffingChanged.of(contract.contractId(), contract.projectId(), contract.agencyId(), assessment));
		long saved = this.contracts.save(contract.published(assessment), version, List.of(event));
		log.info("Staffing of contract {} now {} ({} staff, {} certified)", contract.contractId(),
				assessment.isCompliant() ? "compliant" : "not compliant", assessment.fullTimeStaff(),
				assessment.certified());
		return saved;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
