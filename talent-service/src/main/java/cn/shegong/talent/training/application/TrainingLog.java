package cn.shegong.talent.training.application;

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
import cn.shegong.talent.training.model.LoggedTraining;
import cn.shegong.talent.training.model.TrainingChange;
import cn.shegong.talent.training.model.TrainingEdit;
import cn.shegong.talent.training.model.TrainingRecord;
import cn.shegong.talent.training.persistence.StoredTraining;
import cn.shegong.talent.training.persistence.TrainingRecordRepository;
import cn.shegong.talent.worker.application.WorkerDirectory;

/**
 * HR records the training its own workers completed, corrects a record it got wrong and
 * voids one entered by mistake; each change keeps what was there before.
 */
@Service
public class TrainingLog {

	private static final Logger log = LoggerFactory.getLogger(TrainingLog.class);

	private final TrainingRecordRepository records;

	private final WorkerDirectory workers;

	private final Clock clock;

	TrainingLog(TrainingRecordRepository records, WorkerDirectory workers, Clock clock) {
		this.records = records;
		this.workers = workers;
		this.clock = clock;
	}

	public StoredTraining record(Caller caller, String workerId, NewTrainingRecord request) {
		this.workers.readOwn(caller, workerId);
		return this.records.insert(TrainingRecord.completed("training-" + UUID.randomUUID(), workerId, request.date(),
				request.hours(), request.provider(), request.category(), LocalDate.now(this.clock)));
	}

	public List<StoredTraining> of(Caller caller, String workerId) {
		this.workers.readOwn(caller, workerId);
		return this.records.of(workerId);
	}

	public StoredTraining correct(Caller caller, String workerId, String recordId, TrainingEdit edit, String reason,
			long version) {
		StoredTraining stored = readOwnAt(caller, workerId, recordId, version);
		LoggedTraining corrected = stored.training().correct(edit, changeBy(caller, reason), LocalDate.now(this.clock));
		StoredTraining saved = this.records.save(new StoredTraining(corrected, version));
		log.info("Training record {} of worker {} corrected", recordId, workerId);
		return saved;
	}

	public StoredTraining voidRecord(Caller caller, String workerId, String recordId, String reason, long version) {
		StoredTraining stored = readOwnAt(caller, workerId, recordId, version);
		LoggedTraining voided = stored.training().voidWith(changeBy(caller, reason));
		StoredTraining saved = this.records.save(new StoredTraining(voided, version));
		log.info("Training record {} of worker {} voided", recordId, workerId);
		return saved;
	}

	private TrainingChange changeBy(Caller caller, String reason) {
		return new TrainingChange(caller.subject(), this.clock.instant(), reason);
	}

	/** A record of the caller's own worker; any other reads as not found. */
	private StoredTraining readOwnAt(Caller caller, String workerId, String recordId, long version) {
		this.workers.readOwn(caller, workerId);
		StoredTraining stored = this.records.findById(recordId)
			.filter((found) -> found.training().current().workerId().equals(workerId))
			.orElseThrow(() -> ProblemException.notFound("training-record-not-found",
					"No training record %s for worker %s".formatted(recordId, workerId), recordId, workerId));
		if (stored.version() != version) {
			// The client decided on a state that is gone; judge nothing against the new
			// one.
			throw new OptimisticLockingFailureException(
					"training record " + recordId + " is no longer at version " + version);
		}
		return stored;
	}

}
