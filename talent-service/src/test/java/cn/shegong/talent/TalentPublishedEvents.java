package cn.shegong.talent;

import java.util.List;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.event.Topics;
import cn.shegong.platform.outbox.OutboxRelay;
import cn.shegong.platform.test.PublishedEvents;
import cn.shegong.talent.event.TalentEvents;

/** What talent-service has published on its topic, read back from the broker. */
public final class TalentPublishedEvents extends PublishedEvents {

	public TalentPublishedEvents(String bootstrapServers, OutboxRelay relay) {
		super(bootstrapServers, relay, Topics.TALENT);
	}

	/** Schema violations of an event's data against talent's published schema. */
	public static List<String> violations(EventEnvelope event) {
		return violations(event, TalentEvents.schemaPath(EventType.of(event.type(), event.version())));
	}

}
