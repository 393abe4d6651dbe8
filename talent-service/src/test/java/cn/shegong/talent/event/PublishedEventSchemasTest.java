package cn.shegong.talent.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import cn.shegong.platform.test.EventSchemas;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedEventSchemasTest {

	static Stream<EventType> publishedTypes() {
		return TalentEvents.ALL.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publishedTypes")
	void examplePayloadConformsToItsSchema(EventType type) throws IOException {
		assertThat(EventSchemas.violations(resource(TalentEvents.schemaPath(type)), text(type))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publishedTypes")
	void examplePayloadInItsEnvelopeConformsToTheEnvelopeSchema(EventType type) throws IOException {
		Map<String, Object> data = JsonMapper.builder().build().readValue(text(type), new TypeReference<>() {
		});
		EventEnvelope envelope = new EventEnvelope("e-1", type.name(), type.version(),
				Instant.parse("2027-01-01T00:00:00Z"), "talent-service", "subject-1", data);

		assertThat(EventSchemas.envelopeViolations(EventJson.standard().write(envelope))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publishedTypes")
	void schemaRefusesAPayloadMissingARequiredField(EventType type) throws IOException {
		assertThat(EventSchemas.violations(resource(TalentEvents.schemaPath(type)), "{}")).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publishedTypes")
	void schemaNamesNoPersonalData(EventType type) throws IOException {
		String schema;
		try (InputStream in = resource(TalentEvents.schemaPath(type))) {
			schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		assertThat(schema).doesNotContainIgnoringCase("\"name\"")
			.doesNotContainIgnoringCase("idNumber")
			.doesNotContainIgnoringCase("residentId")
			.doesNotContainIgnoringCase("phone")
			.doesNotContainIgnoringCase("certificateNumber");
	}

	private static String text(EventType type) throws IOException {
		try (InputStream in = resource(TalentEvents.examplePath(type))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static InputStream resource(String path) {
		InputStream in = PublishedEventSchemasTest.class.getResourceAsStream(path);
		assertThat(in).as(path).isNotNull();
		return in;
	}

}
