package cn.shegong.talent.supervision.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.certificate.application.CertifiedWorkers;
import cn.shegong.talent.supervision.model.SupervisorCandidate;
import cn.shegong.talent.supervision.model.SupervisorRankHistory;
import cn.shegong.talent.supervision.model.SupervisorRankRules;
import cn.shegong.talent.supervision.persistence.SupervisorRankStore;
import cn.shegong.talent.worker.application.HrAgency;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.persistence.StoredWorker;

/**
 * HR appoints, promotes, demotes and removes its workers' supervisor ranks (督导职级) and
 * reads their history. Reaching a worker goes through {@link WorkerDirectory#readOwn}, so
 * another agency's workers stay invisible; the history follows the worker to a new
 * agency.
 */
@Service
public class SupervisorRanks {

	private static final Logger log = LoggerFactory.getLogger(SupervisorRanks.class);

	private final WorkerDirectory workers;

	private final CertifiedWorkers certified;

	private final SupervisorRankStore store;

	private final SupervisorRankRules rules;

	private final Clock clock;

	SupervisorRanks(WorkerDirectory workers, CertifiedWorkers certified, SupervisorRankStore store,
			SupervisorRankRules rules, Clock clock) {
		this.workers = workers;
		this.certified = certified;
		this.store = store;
		this.rules = rules;
		this.clock = clock;
	}

	public RankRecord read(Caller caller, String workerId) {
		this.workers.readOwn(caller, workerId);
		return recordOf(workerId);
	}

	/**
	 * Appoints to the first rank or promotes one step, checking the rank's requirements.
	 */
	public RankRecord promote(Caller caller, String workerId, RankDecision decision) {
		StoredWorker worker = this.workers.readOwn(caller, workerId);
		RankRecord record = basedOn(recordOf(workerId), decision);
		LocalDate effectiveOn = decision.effectiveOn();
		SupervisorCandidate candidate = new SupervisorCandidate(effectiveOn,
				this.certified.levelOn(workerId, effectiveOn), worker.worker().yearsOfService());
		SupervisorRankHistory changed = record.history()
			.promote(decision.rank().orElseThrow(), candidate, this.rules, today(), caller.username(),
					decision.reason());
		return saved(record, changed, HrAgency.of(caller));
	}

	/** Lowers the rank or removes it; needs only a reason. */
	public RankRecord demote(Caller caller, String workerId, RankDecision decision) {
		this.workers.readOwn(caller, workerId);
		RankRecord record = basedOn(recordOf(workerId), decision);
		SupervisorRankHistory changed = record.history()
			.demote(decision.rank(), decision.effectiveOn(), today(), caller.username(), decision.reason());
		return saved(record, changed, HrAgency.of(caller));
	}

	/** The caller's agency's workers who hold a supervisor rank now. */
	public List<AgencySupervisor> supervisorsOf(Caller caller) {
		List<StoredWorker> own = this.workers.listOwn(caller);
		Map<String, SupervisorRankHistory> histories = this.store
			.findAll(own.stream().map((stored) -> stored.worker().id()).toList());
		return own.stream()
			.map(StoredWorker::worker)
			.filter((worker) -> histories.containsKey(worker.id()))
			.map((worker) -> new AgencySupervisor(worker.id(), worker.name(), histories.get(worker.id())))
			.filter((supervisor) -> supervisor.history().current().isPresent())
			.toList();
	}

	private RankRecord saved(RankRecord record, SupervisorRankHistory changed, String agencyId) {
		RankRecord saved = this.store.save(new RankRecord(changed, record.version()), agencyId);
		log.info("Worker {} supervisor rank now {}", changed.workerId(),
				changed.current().map(Enum::name).orElse("none"));
		return saved;
	}

	/**
	 * HR decided on the record it saw; if that is gone (or it saw none and one exists),
	 * it is judged against nothing newer.
	 */
	private static RankRecord basedOn(RankRecord current, RankDecision decision) {
		if (!current.version().equals(decision.version())) {
			throw new OptimisticLockingFailureException("the supervisor rank of worker " + current.history().workerId()
					+ " is at version " + current.version().orElse(null) + ", not " + decision.version().orElse(null));
		}
		return current;
	}

	private RankRecord recordOf(String workerId) {
		return this.store.find(workerId).orElseGet(() -> RankRecord.none(workerId));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
