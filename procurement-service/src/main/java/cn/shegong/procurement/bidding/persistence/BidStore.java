package cn.shegong.procurement.bidding.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.bidding.model.Bid;

/**
 * Loads and saves bids. An agency has at most one bid on a tender: a unique index refuses
 * the second (the platform answers 409 already-exists). A save carries the expected
 * version, so a change made on a stale read is refused (409 stale-version).
 */
@Component
public class BidStore {

	private final MongoTemplate mongo;

	BidStore(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(BidDocument.COLLECTION)
			.createIndex(new Index().on("tenderId", Sort.Direction.ASC)
				.on("agencyId", Sort.Direction.ASC)
				.unique()
				.named("one_bid_per_agency_per_tender"));
	}

	/** Inserts a new bid; returns its first version. */
	public long insert(Bid bid) {
		return this.mongo.insert(BidDocument.of(bid, null)).getVersion();
	}

	/** Saves a change made on the given version; returns the new version. */
	public long save(Bid bid, long expectedVersion) {
		return this.mongo.save(BidDocument.of(bid, expectedVersion)).getVersion();
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
