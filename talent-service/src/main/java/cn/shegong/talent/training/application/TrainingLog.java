package cn.shegong.talent.training.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.training.model.TrainingRecord;
import cn.shegong.talent.training.persistence.TrainingRecordRepository;
import cn.shegong.talent.worker.application.WorkerDirectory;

/** HR records the training its own workers completed. */
@Service
public class TrainingLog {

	private final TrainingRecordRepository records;

	private final WorkerDirectory workers;

	private final Clock clock;

	TrainingLog(TrainingRecordRepository records, WorkerDirectory workers, Clock clock) {
		this.records = records;
		this.workers = workers;
		this.clock = clock;
	}

	public TrainingRecord record(Caller caller, String workerId, NewTrainingRecord request) {
		this.workers.readOwn(caller, workerId);
		return this.records.insert(TrainingRecord.completed("training-" + UUID.randomUUID(), workerId, request.date(),
				request.hours(), request.provider(), request.category(), LocalDate.now(this.clock)));
	}

	public List<TrainingRecord> of(Caller caller, String workerId) {
		this.workers.readOwn(caller, workerId);
		return this.records.of(workerId);
	}

}
