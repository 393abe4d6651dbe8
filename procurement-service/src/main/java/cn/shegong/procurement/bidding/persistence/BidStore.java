package cn.shegong.procurement.bidding.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
import cn.shegong.procurement.bidding.model.Bid;

/**
 * Loads and saves bids. An agency has at most one bid on a tender: a unique index refuses
 * the second (the platform answers 409 already-exists). A save carries the expected
 * version, so a change made on a stale read is refused (409 stale-version).
 */
@Component
public class BidStore {

	private final MongoTemplate mongo;

	private final Outbox outbox;

	BidStore(MongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
		mongo.indexOps(BidDocument.COLLECTION)
			.createIndex(new Index().on("tenderId", Sort.Direction.ASC)
				.on("agencyId", Sort.Direction.ASC)
				.unique()
				.named("one_bid_per_agency_per_tender"));
	}

	/**
	 * Inserts a new bid with the events its submission caused, in one write; returns its
	 * first version.
	 */
	public long insert(Bid bid, List<PendingEvent> events) {
		long version = this.mongo.insert(BidDocument.of(bid, null, events)).getVersion();
		if (!events.isEmpty()) {
			this.outbox.written();
		}
		return version;
	}

	/**
	 * Saves a change made on the given version; returns the new version. A conditional
	 * update rather than a replace, so events the relay has not sent yet stay in place.
	 */
	public long save(Bid bid, long expectedVersion) {
		return VersionedWrites.save(this.mongo, BidDocument.of(bid, expectedVersion, List.of()), bid.id(),
				expectedVersion, List.of());
	}

	public Optional<Versioned> findByAgency(String tenderId, String agencyId) {
		Query query = Query.query(Criteria.where("tenderId").is(tenderId).and("agencyId").is(agencyId));
		return Optional.ofNullable(this.mongo.findOne(query, BidDocument.class)).map(BidStore::versioned);
	}

	/** The bids on a tender, first submitted first. */
	public List<Versioned> forTender(String tenderId) {
		Query query = Query.query(Criteria.where("tenderId").is(tenderId))
			.with(Sort.by(Sort.Direction.ASC, "submittedAt", "_id"));
		return this.mongo.find(query, BidDocument.class).stream().map(BidStore::versioned).toList();
	}

	private static Versioned versioned(BidDocument document) {
		return new Versioned(document.toBid(), document.getVersion());
	}

	/** A bid and the version it was read at. */
	public record Versioned(Bid bid, long version) {

	}

}
