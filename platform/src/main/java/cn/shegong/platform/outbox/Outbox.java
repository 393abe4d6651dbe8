package cn.shegong.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.MDC;

import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.web.RequestIds;

/**
 * Makes the {@link PendingEvent}s a service adds to an aggregate document before saving
 * it. The service's own topic and name are fixed here, so a service can only publish its
 * own events.
 */
public class Outbox {

	/** The field of an aggregate document that holds its pending events. */
	public static final String FIELD = "outbox";

	private final String source;

	private final String topic;

	private final Clock clock;

	private final EventJson json;

	private final OutboxRelay relay;

	public Outbox(String source, String topic, Clock clock, EventJson json, OutboxRelay relay) {
		this.source = source;
		this.topic = topic;
		this.clock = clock;
		this.json = json;
		this.relay = relay;
	}

	public PendingEvent pending(EventType type, String subject, Object payload) {
		return new PendingEvent(UUID.randomUUID().toString(), this.topic, type.name(), type.version(),
				this.clock.instant(), this.source, subject, this.json.toData(payload), MDC.get(RequestIds.MDC_KEY));
	}

	/**
	 * Tells the relay that a write with pending events has just been stored, so it need
	 * not wait for its next poll.
	 */
	public void written() {
		this.relay.wakeUp();
	}

}
