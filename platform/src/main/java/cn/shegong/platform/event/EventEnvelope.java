package cn.shegong.platform.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one shape every event has on the wire. {@code type} is a stable name such as
 * {@code procurement.ContractAwarded}, never a Java class name, so a producer can rename
 * its classes without breaking a consumer; {@code version} changes only when {@code data}
 * changes incompatibly. {@code subject} is the aggregate id and the Kafka key, which
 * keeps the events of one aggregate in order. {@code data} never holds personal
 * information.
 */
public record EventEnvelope(String eventId, String type, int version, Instant occurredAt, String source, String subject,
		Map<String, Object> data) {

	public EventEnvelope {
		requireText(eventId, "eventId");
		requireText(type, "type");
		requireText(source, "source");
		requireText(subject, "subject");
		Objects.requireNonNull(occurredAt, "occurredAt");
		if (version < 1) {
			throw new IllegalArgumentException("version must be 1 or more, was " + version);
		}
		// Not Map.copyOf: a JSON null is a value a payload may carry, and an
		// envelope that cannot be built would leave its outbox retrying forever.
		data = (data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(data)) : Map.of();
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	public boolean is(EventType eventType) {
		return this.type.equals(eventType.name()) && this.version == eventType.version();
	}

}
