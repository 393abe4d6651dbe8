package cn.shegong.platform.consumer;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.shegong.platform.event.EventEnvelope;

/**
 * Runs a handler once per event id and consumer, however often the broker delivers the
 * event. The record of a handled event is written after the handler succeeds: if the
 * handler fails, the event is retried; if the process dies between the two writes, the
 * handler sees the event again, so handlers whose effect is not naturally idempotent also
 * key their own writes by the event id (see docs/adr/0004).
 */
public class IdempotentConsumer {

	private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

	private final ProcessedEvents processed;

	public IdempotentConsumer(ProcessedEvents processed) {
		this.processed = processed;
	}

	/**
	 * @return whether the handler ran
	 */
	public boolean handleOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
		if (this.processed.contains(consumer, event.eventId())) {
			log.debug("{} already handled {} {}; skipping the repeat", consumer, event.type(), event.eventId());
			return false;
		}
		handler.accept(event);
		this.processed.record(consumer, event);
		return true;
	}

}
