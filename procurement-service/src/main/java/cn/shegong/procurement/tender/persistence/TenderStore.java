package cn.shegong.procurement.tender.persistence;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderStatus;

/**
 * Loads and saves tenders. A save carries the expected version: if someone else saved in
 * between, the store refuses (the platform answers 409 stale-version) and nothing is
 * written.
 */
@Component
public class TenderStore {

	/** The zone in which buyers count bidding days. */
	public static final ZoneId BUYER_ZONE = ZoneId.of("Asia/Shanghai");

	private final MongoTemplate mongo;

	TenderStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Versioned> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, TenderDocument.class)).map(TenderStore::versioned);
	}

	/** Tenders that were ever published, newest publication first. */
	public List<Tender> published() {
		Query query = Query.query(Criteria.where("publishedAt").ne(null))
			.with(Sort.by(Sort.Direction.DESC, "publishedAt"));
		return this.mongo.find(query, TenderDocument.class).stream().map(TenderDocument::toTender).toList();
	}

	/** Tenders whose award became final, most recently awarded first. */
	public List<Tender> awarded() {
		Query query = Query.query(Criteria.where("status").in(TenderStatus.awardedOrLater()))
			.with(Sort.by(Sort.Direction.DESC, "awardedOn", "_id"));
		return this.mongo.find(query, TenderDocument.class).stream().map(TenderDocument::toTender).toList();
	}

	/** Inserts a new tender; returns its first version. */
	public long insert(Tender tender) {
		return this.mongo.insert(TenderDocument.of(tender, null)).getVersion();
	}

	/** Saves a change made on the given version; returns the new version. */
	public long save(Tender tender, long expectedVersion) {
		return this.mongo.save(TenderDocument.of(tender, expectedVersion)).getVersion();
	}

	private static Versioned versioned(TenderDocument document) {
		return new Versioned(document.toTender(), document.getVersion());
	}

	/** A tender and the version it was read at. */
	public record Versioned(Tender tender, long version) {

	}

}
