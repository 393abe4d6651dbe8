package cn.shegong.platform.consumer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;

/**
 * A consumer as a service writes one: read the envelope, handle it once, count it in the
 * store.
 */
@SpringBootApplication
class CountingConsumerApplication {

	static final String TOPIC = "counting.events";

	@Component
	static class CountingListener {

		private final EventJson json;

		private final IdempotentConsumer idempotent;

		private final MongoTemplate mongo;

		final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		CountingListener(EventJson json, IdempotentConsumer idempotent, MongoTemplate mongo) {
			this.json = json;
			this.idempotent = idempotent;
			this.mongo = mongo;
		}

		@KafkaListener(topics = TOPIC)
		void on(String message) {
			EventEnvelope event = this.json.read(message);
			this.idempotent.handleOnce("counting", event, this::count);
		}

		private void count(EventEnvelope event) {
			int attempt = this.attempts.computeIfAbsent(event.eventId(), (id) -> new AtomicInteger()).incrementAndGet();
			Object failTimes = event.data().get("failTimes");
			if (failTimes instanceof Number times && attempt <= times.intValue()) {
				throw new IllegalStateException("simulated failure " + attempt + " of " + times);
			}
			this.mongo.upsert(Query.query(Criteria.where("_id").is(event.subject())), new Update().inc("count", 1),
					"counters");
		}

		int count(String subject) {
			org.bson.Document counter = this.mongo.findById(subject, org.bson.Document.class, "counters");
			return (counter != null) ? counter.getInteger("count") : 0;
		}

	}

}
