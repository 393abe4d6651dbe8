package cn.shegong.talent.staffing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.talent.staffing.model.StaffedContract;

/**
 * Contracts as talent staffs them, keyed by contract id. A save carries the version the
 * change was made on and the events it caused, in one write: of two re-assessments that
 * raced, only one can publish.
 */
@Repository
public class StaffedContracts {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	StaffedContracts(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		mongo.indexOps(StaffedContractDocument.COLLECTION)
			.createIndex(new Index().on("assignments.workerId", Sort.Direction.ASC).named("by_assigned_worker"));
	}

	/** Stores a newly awarded contract; returns false if it is already stored. */
	public boolean insertIfAbsent(StaffedContract contract) {
		try {
			this.mongo.insert(StaffedContractDocument.of(contract, null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<Versioned> find(String contractId) {
		return Optional.ofNullable(this.mongo.findById(contractId, StaffedContractDocument.class))
			.map(StaffedContracts::versioned);
	}

	/** Ids of the contracts the worker was ever placed on. */
	public List<String> withWorker(String workerId) {
		Query query = Query.query(Criteria.where("assignments.workerId").is(workerId));
		query.fields().include("_id");
		return this.mongo.find(query, StaffedContractDocument.class).stream().map(StaffedContractDocument::id).toList();
	}

	/**
	 * Ids of the contracts still to be served on {@code day} or later: once a term is
	 * over, its staffing is history and is no longer re-announced.
	 */
	public List<String> notEndedBy(LocalDate day) {
		Query query = Query.query(Criteria.where("termTo").gte(day)).with(Sort.by("_id"));
		query.fields().include("_id");
		return this.mongo.find(query, StaffedContractDocument.class).stream().map(StaffedContractDocument::id).toList();
	}

	/**
	 * Saves a change made on the given version with its events; returns the new version.
	 */
	public long save(StaffedContract contract, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, StaffedContractDocument.of(contract, expectedVersion),
				contract.contractId(), expectedVersion, events);
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return saved;
	}

	private static Versioned versioned(StaffedContractDocument document) {
		return new Versioned(document.toContract(), document.version());
	}

	/** A contract and the version it was read at. */
	public record Versioned(StaffedContract contract, long version) {

	}

}
