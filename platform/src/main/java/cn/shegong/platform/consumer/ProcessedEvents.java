package cn.shegong.platform.consumer;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import cn.shegong.platform.event.EventEnvelope;

/**
 * The event ids a consumer has already handled. The id of each record is
 * {@code consumer:eventId}, so the store's unique {@code _id} index is what refuses a
 * second record of the same delivery.
 */
public class ProcessedEvents {

	public static final String COLLECTION = "processed_events";

	private final MongoTemplate mongo;

	private final Clock clock;

	public ProcessedEvents(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public boolean contains(String consumer, String eventId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(key(consumer, eventId))), COLLECTION);
	}

	/**
	 * @return false if it was already recorded
	 */
	public boolean record(String consumer, EventEnvelope event) {
		Document record = new Document("_id", key(consumer, event.eventId())).append("consumer", consumer)
			.append("eventId", event.eventId())
			.append("type", event.type())
			.append("subject", event.subject())
			.append("processedAt", Date.from(this.clock.instant()));
		try {
			this.mongo.insert(record, COLLECTION);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static String key(String consumer, String eventId) {
		return consumer + ":" + eventId;
	}

}
