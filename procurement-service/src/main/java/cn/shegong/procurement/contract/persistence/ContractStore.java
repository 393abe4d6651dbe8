package cn.shegong.procurement.contract.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.ContractStatus;
import cn.shegong.procurement.delivery.model.MilestoneStatus;

/**
 * Loads and saves contracts. A tender has at most one contract: a unique index refuses
 * the second (409 already-exists). A save carries the expected version and appends the
 * events it caused in the same write (409 stale-version if someone changed it first).
 */
@Component
public class ContractStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	ContractStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		mongo.indexOps(ContractDocument.COLLECTION)
			.createIndex(new Index().on(ContractDocument.TENDER_ID, Sort.Direction.ASC)
				.unique()
				.named("one_contract_per_tender"));
	}

	public Optional<Versioned> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ContractDocument.class)).map(ContractStore::versioned);
	}

	public Optional<Versioned> findByTender(String tenderId) {
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where(ContractDocument.TENDER_ID).is(tenderId)),
					ContractDocument.class))
			.map(ContractStore::versioned);
	}

	/** Inserts a new contract; returns its first version. */
	public long insert(Contract contract) {
		return this.mongo.insert(ContractDocument.of(contract, null)).getVersion();
	}

	/**
	 * Saves a change made on the given version with the events it caused; returns the new
	 * version.
	 */
	public long save(Contract contract, long expectedVersion, List<PendingEvent> events) {
		long saved = VersionedWrites.save(this.mongo, ContractDocument.of(contract, expectedVersion), contract.id(),
				expectedVersion, events);
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return saved;
	}

	/** Contracts in the given statuses, by id. */
	public List<Contract> inStatus(ContractStatus... statuses) {
		Query query = Query.query(Criteria.where(ContractDocument.STATUS).in((Object[]) statuses))
			.with(Sort.by(Sort.Direction.ASC, "_id"));
		return this.mongo.find(query, ContractDocument.class).stream().map(ContractDocument::toContract).toList();
	}

	/** Signed contracts with a scheduled milestone due on or before the day. */
	public List<Contract> withMilestonesComingDue(LocalDate today) {
		Query query = Query.query(Criteria.where(ContractDocument.STATUS)
			.is(ContractStatus.SIGNED)
			.and(ContractDocument.MILESTONES)
			.elemMatch(Criteria.where("status").is(MilestoneStatus.SCHEDULED).and("dueOn").lte(today)));
		return this.mongo.find(query, ContractDocument.class).stream().map(ContractDocument::toContract).toList();
	}

	/**
	 * Marks one milestone due and appends its event, only if it is still scheduled: of
	 * two runs that both saw it scheduled, exactly one wins. The version moves too, so a
	 * change made on an earlier read cannot write the milestone back as scheduled. The
	 * milestone is addressed by its place in the array, which never changes, and its id
	 * is checked there (the positional {@code $} operator would do, but the in-process
	 * test store cannot place it after {@code $elemMatch}).
	 * @return whether this call marked it
	 */
	public boolean markMilestoneDue(String contractId, int index, String milestoneId, PendingEvent event) {
		String milestone = ContractDocument.MILESTONES + "." + index;
		Query stillScheduled = Query.query(Criteria.where("_id")
			.is(contractId)
			.and(milestone + ".milestoneId")
			.is(milestoneId)
			.and(milestone + ".status")
			.is(MilestoneStatus.SCHEDULED));
		Update due = new Update().set(milestone + ".status", MilestoneStatus.DUE)
			.inc(VersionedWrites.VERSION, 1)
			.push(Outbox.FIELD, event);
		boolean marked = this.mongo.updateFirst(stillScheduled, due, ContractDocument.class).getModifiedCount() > 0;
		if (marked) {
			this.outbox.written();
		}
		return marked;
	}

	private static Versioned versioned(ContractDocument document) {
		return new Versioned(document.toContract(), document.getVersion());
	}

	/** A contract and the version it was read at. */
	public record Versioned(Contract contract, long version) {

	}

}
