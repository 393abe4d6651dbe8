package cn.shegong.procurement.registry.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.outbox.VersionedWrites;
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
		AgencyDocument state = AgencyDocument.of(agency, changed.creditStatusReason(), changed.version());
		long saved = VersionedWrites.save(this.mongo, state, agency.id(), changed.version(), events);
		return new StoredAgency(agency, changed.creditStatusReason(), saved);
	}

}
