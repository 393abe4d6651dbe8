package cn.shegong.procurement.delivery.persistence;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.procurement.delivery.model.ProgressLog;

/**
 * Loads and saves the progress log of a contract. A save carries the version it was read
 * at, so of two reports checked against the same reports the second is refused (409
 * stale-version) instead of slipping in beside an overlapping one.
 */
@Component
public class ProgressLogStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	ProgressLogStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/** The contract's log; an empty one is created the first time. */
	public Versioned open(String contractId) {
		// An upsert that only ever sets fields on insert is safe for concurrent first
		// reports: one creates the log, the other finds it.
		this.mongo.upsert(Query.query(Criteria.where("_id").is(contractId)),
				new Update().setOnInsert(VersionedWrites.VERSION, 0L)
					.setOnInsert("reports", List.of())
					.setOnInsert(Outbox.FIELD, List.of()),
				ProgressLogDocument.class);
		return read(contractId);
	}

	/** The contract's log, empty if it has no reports yet. */
	public ProgressLog find(String contractId) {
		ProgressLogDocument document = this.mongo.findById(contractId, ProgressLogDocument.class);
		return (document != null) ? document.toLog() : ProgressLog.empty(contractId);
	}

	/**
	 * Saves a report made on the given version with its event; returns the new version.
	 */
	public long save(ProgressLog log, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, ProgressLogDocument.of(log, expectedVersion), log.contractId(),
				expectedVersion, events);
		this.outbox.written();
		return saved;
	}

	private Versioned read(String contractId) {
		ProgressLogDocument document = this.mongo.findById(contractId, ProgressLogDocument.class);
		return new Versioned(document.toLog(), document.getVersion());
	}

	/** A contract's progress log and the version it was read at. */
	public record Versioned(ProgressLog log, long version) {

	}

}
