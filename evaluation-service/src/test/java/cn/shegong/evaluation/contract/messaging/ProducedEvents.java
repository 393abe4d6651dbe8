package cn.shegong.evaluation.contract.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.kafka.core.KafkaTemplate;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other services' events as their published examples, changed where a test needs, sent
 * through the broker as their producer would: to its topic, keyed by the subject.
 */
public final class ProducedEvents {

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	public ProducedEvents(KafkaTemplate<String, String> kafka, EventJson json) {
		this.kafka = kafka;
		this.json = json;
	}

	/**
	 * The producer's example of {@code type} (e.g. talent.StaffingChanged), to change.
	 */
	public static Map<String, Object> example(String type) throws IOException {
		String service = type.substring(0, type.indexOf('.')) + "-service";
		String text = Files.readString(Path.of("..", service, "src/main/resources/events", type + ".v1.example.json"));
		return new LinkedHashMap<>(JsonMapper.builder().build().readValue(text, new TypeReference<>() {
		}));
	}

	/** An envelope with a fresh event id. */
	public static EventEnvelope event(String type, String subject, Map<String, Object> data) {
		return new EventEnvelope(UUID.randomUUID().toString(), type, 1, Instant.now(),
				type.substring(0, type.indexOf('.')) + "-service", subject, data);
	}

	public void send(String topic, EventEnvelope event) {
		this.kafka.send(topic, event.subject(), this.json.write(event)).join();
	}

}
