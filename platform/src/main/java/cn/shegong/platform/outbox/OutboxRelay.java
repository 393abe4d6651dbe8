package cn.shegong.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import cn.shegong.platform.outbox.EventSender.EventNotSentException;

/**
 * Publishes the pending events that aggregate documents carry, in the order each document
 * holds them, and removes each one from its document once the broker has acknowledged it.
 * Delivery is at least once: a crash after the send and before the removal sends the
 * event again, and consumers drop the repeat by its event id.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final MongoTemplate mongo;

	private final EventSender sender;

	private final List<String> collections;

	private final OutboxProperties properties;

	private final Backoff backoff;

	private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

	private ScheduledExecutorService executor;

	public OutboxRelay(MongoTemplate mongo, EventSender sender, OutboxProperties properties) {
		this.mongo = mongo;
		this.sender = sender;
		this.collections = List.copyOf(properties.getCollections());
		this.properties = properties;
		this.backoff = new Backoff(properties.getPollInterval(), properties.getMaxBackoff());
	}

	/**
	 * One pass over every outbox collection.
	 * @return how many events were published
	 */
	public int relayOnce() {
		int published = 0;
		for (String collection : this.collections) {
			published += relayCollection(collection);
		}
		return published;
	}

	/** How many events wait to be published, across all outbox collections. */
	public long pendingCount() {
		long count = 0;
		for (String collection : this.collections) {
			for (Document document : this.mongo.find(withPendingEvents(), Document.class, collection)) {
				count += document.getList(Outbox.FIELD, Document.class).size();
			}
		}
		return count;
	}

	private int relayCollection(String collection) {
		int published = 0;
		Query query = withPendingEvents().limit(this.properties.getBatchSize());
		for (Document document : this.mongo.find(query, Document.class, collection)) {
			published += relayDocument(collection, document);
		}
		return published;
	}

	private int relayDocument(String collection, Document document) {
		int published = 0;
		for (Document stored : document.getList(Outbox.FIELD, Document.class)) {
			PendingEvent event = this.mongo.getConverter().read(PendingEvent.class, stored);
			try {
				this.sender.send(event);
			}
			catch (EventNotSentException ex) {
				throw new BrokerUnavailable(ex);
			}
			Query ofDocument = Query.query(Criteria.where("_id").is(document.get("_id")));
			this.mongo.updateFirst(ofDocument,
					new Update().pull(Outbox.FIELD, new Document("eventId", event.eventId())), collection);
			published++;
		}
		return published;
	}

	private static Query withPendingEvents() {
		return Query.query(Criteria.where(Outbox.FIELD + ".0").exists(true));
	}

	/**
	 * Asks for a pass now instead of at the next poll; several asks before it runs make
	 * one pass.
	 */
	public void wakeUp() {
		ScheduledExecutorService running = this.executor;
		if (running != null && this.wakeUpQueued.compareAndSet(false, true)) {
			running.execute(() -> {
				this.wakeUpQueued.set(false);
				passGuarded();
			});
		}
	}

	private void passGuarded() {
		if (!this.backoff.mayTryNow()) {
			return;
		}
		try {
			relayOnce();
			if (this.backoff.succeeded()) {
				log.info("Outbox relay reaches the broker again");
			}
		}
		catch (BrokerUnavailable ex) {
			if (this.backoff.failed()) {
				log.warn("Outbox relay cannot reach the broker; events stay pending and are retried: {}",
						ex.getCause().getMessage());
			}
		}
		catch (RuntimeException ex) {
			this.backoff.failed();
			log.error("Outbox relay pass failed; it will be retried", ex);
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.getPollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::passGuarded, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private static final class BrokerUnavailable extends RuntimeException {

		BrokerUnavailable(EventNotSentException cause) {
			super(cause);
		}

	}

	/**
	 * Spaces out attempts while the broker is away, so a dead broker is not hammered
	 * every poll.
	 */
	static final class Backoff {

		private final Duration initial;

		private final Duration max;

		private Duration current = Duration.ZERO;

		private long notBeforeNanos;

		Backoff(Duration initial, Duration max) {
			this.initial = initial;
			this.max = max;
		}

		synchronized boolean mayTryNow() {
			return System.nanoTime() - this.notBeforeNanos >= 0;
		}

		/**
		 * @return whether this failure starts a run of failures (worth one log line)
		 */
		synchronized boolean failed() {
			boolean first = this.current.isZero();
			this.current = first ? this.initial : min(this.current.multipliedBy(2), this.max);
			this.notBeforeNanos = System.nanoTime() + this.current.toNanos();
			return first;
		}

		/**
		 * @return whether this success ends a run of failures
		 */
		synchronized boolean succeeded() {
			boolean recovered = !this.current.isZero();
			this.current = Duration.ZERO;
			this.notBeforeNanos = System.nanoTime();
			return recovered;
		}

		private static Duration min(Duration a, Duration b) {
			return (a.compareTo(b) <= 0) ? a : b;
		}

	}

}
