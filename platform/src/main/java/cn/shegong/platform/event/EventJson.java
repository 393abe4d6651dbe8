package cn.shegong.platform.event;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes envelopes as JSON, and turns an event's payload record into the plain
 * map the envelope carries (and back into a consumer's own record).
 */
public final class EventJson {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JsonMapper mapper;

	public EventJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public static EventJson standard() {
		return new EventJson(JsonMapper.builder().findAndAddModules().build());
	}

	public String write(EventEnvelope envelope) {
		return this.mapper.writeValueAsString(envelope);
	}

	/**
	 * @throws MalformedEventException if the text is not a valid envelope; such a message
	 * can never succeed, so consumers send it straight to their dead-letter topic.
	 */
	public EventEnvelope read(String json) {
		try {
			return this.mapper.readValue(json, EventEnvelope.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new MalformedEventException("not a valid event envelope: " + ex.getMessage(), ex);
		}
	}

	public Map<String, Object> toData(Object payload) {
		return this.mapper.convertValue(payload, MAP);
	}

	public <T> T fromData(EventEnvelope envelope, Class<T> payloadType) {
		try {
			return this.mapper.convertValue(envelope.data(), payloadType);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new MalformedEventException("data of " + envelope.type() + " v" + envelope.version()
					+ " does not fit " + payloadType.getSimpleName(), ex);
		}
	}

}
