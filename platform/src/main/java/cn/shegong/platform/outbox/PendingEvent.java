package cn.shegong.platform.outbox;

import java.time.Instant;
import java.util.Map;

import cn.shegong.platform.event.EventEnvelope;

/**
 * An event waiting in its aggregate's document to be published. It is written in the same
 * single-document write as the change that caused it, so a crash between "saved" and
 * "sent" cannot lose it: the relay finds it on its next pass.
 *
 * @param requestId the request that caused it, carried to Kafka as a header for tracing
 */
public record PendingEvent(String eventId, String topic, String type, int version, Instant occurredAt, String source,
		String subject, Map<String, Object> data, String requestId) {

	public EventEnvelope envelope() {
		return new EventEnvelope(this.eventId, this.type, this.version, this.occurredAt, this.source, this.subject,
				this.data);
	}

}
