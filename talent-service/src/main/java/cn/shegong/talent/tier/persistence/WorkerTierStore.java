package cn.shegong.talent.tier.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.talent.tier.application.TierRecord;

/** Workers' tier records; a worker never recorded reads as empty. */
@Repository
public class WorkerTierStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	WorkerTierStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	public Optional<TierRecord> find(String workerId) {
		return Optional.ofNullable(this.mongo.findById(workerId, WorkerTierDocument.class))
			.map(WorkerTierDocument::toRecord);
	}

	public Map<String, TierRecord> findAll(List<String> workerIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(workerIds)), WorkerTierDocument.class)
			.stream()
			.map(WorkerTierDocument::toRecord)
			.collect(Collectors.toMap(TierRecord::workerId, Function.identity()));
	}

	/**
	 * Stores the record with the events its change caused, in one write.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone else
	 * changed it first
	 */
	public void save(TierRecord record, String agencyId, List<PendingEvent> events) {
		if (record.version().isEmpty()) {
			this.mongo.insert(WorkerTierDocument.of(record, agencyId, events));
		}
		else {
			VersionedWrites.save(this.mongo, WorkerTierDocument.of(record, agencyId, List.of()), record.workerId(),
					record.version().get(), events);
		}
		if (!events.isEmpty()) {
			this.outbox.written();
		}
	}

}
