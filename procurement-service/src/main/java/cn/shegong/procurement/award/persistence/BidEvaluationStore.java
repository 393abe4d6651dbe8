package cn.shegong.procurement.award.persistence;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.award.model.BidEvaluation;

/**
 * Loads and saves bid evaluations. A tender has one: inserting a second is refused (the
 * platform answers 409 already-exists). A save carries the expected version (409
 * stale-version on a stale one).
 */
@Component
public class BidEvaluationStore {

	private final MongoTemplate mongo;

	BidEvaluationStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<Versioned> find(String tenderId) {
		return Optional.ofNullable(this.mongo.findById(tenderId, BidEvaluationDocument.class))
			.map((document) -> new Versioned(document.toEvaluation(), document.getVersion()));
	}

	/** Inserts the tender's evaluation; returns its first version. */
	public long insert(BidEvaluation evaluation) {
		return this.mongo.insert(BidEvaluationDocument.of(evaluation, null)).getVersion();
	}

	/** Saves a change made on the given version; returns the new version. */
	public long save(BidEvaluation evaluation, long expectedVersion) {
		return this.mongo.save(BidEvaluationDocument.of(evaluation, expectedVersion)).getVersion();
	}

	/** An evaluation and the version it was read at. */
	public record Versioned(BidEvaluation evaluation, long version) {

	}

}
