package cn.shegong.platform.outbox;

import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Saves an aggregate document that carries an outbox: one conditional update that matches
 * only the version the change was made on, sets the document's state, bumps the version
 * and appends the new events. Events the relay has not sent yet stay in place, and events
 * it has already removed are not written back, which a read-then-replace save could not
 * promise.
 */
public final class VersionedWrites {

	/** The fields the update manages itself rather than copying from the document. */
	private static final Set<String> MANAGED = Set.of("_id", "_class", VersionedWrites.VERSION, Outbox.FIELD);

	/** The name of the {@code @Version} field of documents written this way. */
	public static final String VERSION = "version";

	private VersionedWrites() {
	}

	/**
	 * @return the document's new version
	 * @throws OptimisticLockingFailureException if the stored version is no longer
	 * {@code expectedVersion} (the web edge answers 409 stale-version)
	 */
	public static long save(MongoTemplate mongo, Object document, Object id, long expectedVersion,
			List<PendingEvent> events) {
		Document state = new Document();
		mongo.getConverter().write(document, state);
		Update update = new Update();
		state.forEach((field, value) -> {
			if (!MANAGED.contains(field)) {
				update.set(field, value);
			}
		});
		// The converter leaves null fields out; clear them, or a value set earlier would
		// survive.
		mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(document.getClass())
			.forEach((property) -> {
				String field = property.getFieldName();
				if (!MANAGED.contains(field) && !state.containsKey(field)) {
					update.unset(field);
				}
			});
		update.inc(VERSION, 1);
		if (!events.isEmpty()) {
			update.push(Outbox.FIELD).each(events.toArray());
		}
		Query sameVersion = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
		if (mongo.updateFirst(sameVersion, update, document.getClass()).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					document.getClass().getSimpleName() + " " + id + " is no longer at version " + expectedVersion);
		}
		return expectedVersion + 1;
	}

}
