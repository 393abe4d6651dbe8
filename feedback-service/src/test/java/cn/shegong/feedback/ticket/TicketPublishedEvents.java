package cn.shegong.feedback.ticket;

import java.util.List;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.PublishedEvents;

/** What feedback-service has published about tickets, read back from the broker. */
public final class TicketPublishedEvents extends PublishedEvents {

	public TicketPublishedEvents(String bootstrapServers, OutboxRelay relay) {
		super(bootstrapServers, relay, Topics.FEEDBACK);
	}

	/** Schema violations of an event's data against its published schema. */
	public static List<String> violations(EventEnvelope event) {
		return violations(event, "/events/" + event.type() + ".v" + event.version() + ".schema.json");
	}

}
