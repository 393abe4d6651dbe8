package cn.shegong.procurement;

import java.util.List;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.procurement.event.ProcurementEvents;

/** What procurement-service has published on its topic, read back from the broker. */
public final class PublishedEvents extends cn.shegong.platform.test.PublishedEvents {

	public PublishedEvents(String bootstrapServers, OutboxRelay relay) {
		super(bootstrapServers, relay, Topics.PROCUREMENT);
	}

	/** Schema violations of an event's data against procurement's published schema. */
	public static List<String> violations(EventEnvelope event) {
		return violations(event, ProcurementEvents.schemaPath(EventType.of(event.type(), event.version())));
	}

}
