package cn.shegong.feedback.measure;

import java.util.List;

import cn.shegong.feedback.event.MeasureEvents;
import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.PublishedEvents;

/** What feedback-service has published on its topic, read back from the broker. */
public final class MeasurePublishedEvents extends PublishedEvents {

	public MeasurePublishedEvents(String bootstrapServers, OutboxRelay relay) {
		super(bootstrapServers, relay, Topics.FEEDBACK);
	}

	/** Schema violations of an event's data against feedback's published schema. */
	public static List<String> violations(EventEnvelope event) {
		return violations(event, MeasureEvents.schemaPath(EventType.of(event.type(), event.version())));
	}

}
