package cn.shegong.talent.training.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.talent.training.model.LoggedTraining;
import cn.shegong.talent.training.model.TrainingRecord;

/**
 * Training records, one document each. A record is never deleted: corrections keep the
 * values they replaced and a voided record stays, but only records not voided are read
 * for the training rules.
 */
@Repository
public class TrainingRecordRepository {

	private static final String VOIDING = "voiding";

	private final MongoTemplate mongo;

	TrainingRecordRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(TrainingRecordDocument.COLLECTION)
			.createIndex(new Index().on("workerId", Sort.Direction.ASC)
				.on("date", Sort.Direction.ASC)
				.named("by_worker_and_date"));
	}

	public StoredTraining insert(TrainingRecord record) {
		return this.mongo.insert(TrainingRecordDocument.of(LoggedTraining.entered(record), null)).toStored();
	}

	/** Every record of the worker, voided ones included, by date. */
	public List<StoredTraining> of(String workerId) {
		return this.mongo
			.find(Query.query(Criteria.where("workerId").is(workerId)).with(Sort.by("date", "_id")),
					TrainingRecordDocument.class)
			.stream()
			.map(TrainingRecordDocument::toStored)
			.toList();
	}

	public Optional<StoredTraining> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, TrainingRecordDocument.class))
			.map(TrainingRecordDocument::toStored);
	}

	/**
	 * The records that count, of any of the workers, dated from {@code from} through
	 * {@code through}.
	 */
	public List<TrainingRecord> counting(List<String> workerIds, LocalDate from, LocalDate through) {
		return this.mongo
			.find(Query.query(
					Criteria.where("workerId").in(workerIds).and("date").gte(from).lte(through).and(VOIDING).is(null)),
					TrainingRecordDocument.class)
			.stream()
			.map(TrainingRecordDocument::toRecord)
			.toList();
	}

	/**
	 * @throws OptimisticLockingFailureException when someone else changed it first
	 */
	public StoredTraining save(StoredTraining changed) {
		String id = changed.training().current().id();
		if (changed.version() == 0) {
			adoptVersionOfRecordStoredBeforeVersioning(id);
		}
		long saved = VersionedWrites.save(this.mongo, TrainingRecordDocument.of(changed.training(), changed.version()),
				id, changed.version(), List.of());
		return new StoredTraining(changed.training(), saved);
	}

	/** Reads as version 0 already; give it the field the versioned write compares. */
	private void adoptVersionOfRecordStoredBeforeVersioning(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(VersionedWrites.VERSION).exists(false)),
				Update.update(VersionedWrites.VERSION, 0L), TrainingRecordDocument.class);
	}

}
