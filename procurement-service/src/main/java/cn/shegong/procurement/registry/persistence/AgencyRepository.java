package cn.shegong.procurement.registry.persistence;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.registry.model.Agency;

/**
 * Agencies in the store, one document each. A change is one conditional update that
 * matches only the version it was based on, so of two changes made from the same read the
 * second fails; new events are appended to the document's outbox in the same write,
 * leaving events the relay has not yet sent in place.
 */
@Repository
public class AgencyRepository {

	private final MongoTemplate mongo;

	AgencyRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(AgencyDocument.COLLECTION)
			.createIndex(new Index().on("creditCode", Sort.Direction.ASC).unique().named("unique_credit_code"));
	}

	/** Stores a new agency; a second agency with the same credit code is refused. */
	public StoredAgency insert(Agency agency) {
		return this.mongo.insert(AgencyDocument.of(agency)).toStored();
	}

	public Optional<StoredAgency> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, AgencyDocument.class)).map(AgencyDocument::toStored);
	}

	/**
	 * Writes the agency's changeable state and appends {@code events} to its outbox, if
	 * the stored version is still {@link StoredAgency#version()}.
	 * @return the agency at its new version
	 * @throws OptimisticLockingFailureException when someone else changed it first
	 */
	public StoredAgency save(StoredAgency changed, List<PendingEvent> events) {
		Agency agency = changed.agency();
		AgencyDocument state = AgencyDocument.of(agency);
		Query sameVersion = Query.query(Criteria.where("_id").is(agency.id()).and("version").is(changed.version()));
		Update update = new Update().set("gradeAssessment", state.gradeAssessment())
			.set("creditStatus", state.creditStatus())
			.set("creditStatusReason", changed.creditStatusReason())
			.set("bans", state.bans())
			.inc("version", 1);
		if (!events.isEmpty()) {
			update.push(Outbox.FIELD).each(events.toArray());
		}
		UpdateResult result = this.mongo.updateFirst(sameVersion, update, AgencyDocument.class);
		if (result.getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					"agency %s is no longer at version %d".formatted(agency.id(), changed.version()));
		}
		return new StoredAgency(agency, changed.creditStatusReason(), changed.version() + 1);
	}

}
