package cn.shegong.evaluation.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.test.EventSchemas;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples producers publish beside their schemas (never their classes), checked
 * against the schemas evaluation keeps of what it reads, and read into evaluation's own
 * copies.
 */
final class ProducerExamples {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProducerExamples() {
	}

	/**
	 * The example of {@code type} (e.g. procurement.ContractAwarded) as its producer
	 * ships it.
	 */
	static String example(String type) throws IOException {
		String service = type.substring(0, type.indexOf('.')) + "-service";
		return Files.readString(Path.of("..", service, "src/main/resources/events", type + ".v1.example.json"));
	}

	/** The producer's own schema of {@code type}. */
	static List<String> producerViolations(String type, String json) throws IOException {
		String service = type.substring(0, type.indexOf('.')) + "-service";
		try (InputStream schema = Files
			.newInputStream(Path.of("..", service, "src/main/resources/events", type + ".v1.schema.json"))) {
			return EventSchemas.violations(schema, json);
		}
	}

	/** Evaluation's schema of what it reads of {@code type}. */
	static List<String> consumedViolations(String type, String json) {
		return EventSchemas
			.violations(ProducerExamples.class.getResourceAsStream("/consumed/" + type + ".v1.schema.json"), json);
	}

	static Map<String, Object> data(String json) {
		return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		}));
	}

	static String json(Map<String, Object> data) {
		return JSON.writeValueAsString(data);
	}

	static <T> T read(String type, Map<String, Object> data, Class<T> copy) {
		EventEnvelope envelope = new EventEnvelope("e-1", type, 1, Instant.parse("2027-04-01T00:00:00Z"), "a-service",
				"subject-1", data);
		return EventJson.standard().fromData(envelope, copy);
	}

}
