package cn.shegong.talent.staffing.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Contracts whose staffing must be re-assessed because a change to one of their workers
 * could not be followed by a re-assessment at once (it kept losing races with other
 * writers). The change itself is saved; this list makes sure its consequences are not
 * left to the next midnight.
 */
@Repository
public class StaffingRechecks {

	static final String COLLECTION = "staffing_rechecks";

	private final MongoTemplate mongo;

	StaffingRechecks(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Asks for a re-assessment; asking again before it ran keeps one request. */
	public void request(String contractId, Instant at) {
		this.mongo.findAndReplace(Query.query(Criteria.where("_id").is(contractId)), new Recheck(contractId, at),
				FindAndReplaceOptions.options().upsert(), COLLECTION);
	}

	public List<Recheck> pending() {
		return this.mongo.find(new Query().with(Sort.by("requestedAt")), Recheck.class, COLLECTION);
	}

	/**
	 * Drops a request once it has been served, unless it was asked again meanwhile: the
	 * newer request still has to run.
	 */
	public void served(Recheck recheck) {
		this.mongo.remove(
				Query
					.query(Criteria.where("_id").is(recheck.contractId()).and("requestedAt").is(recheck.requestedAt())),
				COLLECTION);
	}

	/** A contract waiting to be re-assessed, and since when. */
	@Document(COLLECTION)
	public record Recheck(@Id String contractId, Instant requestedAt) {

	}

}
