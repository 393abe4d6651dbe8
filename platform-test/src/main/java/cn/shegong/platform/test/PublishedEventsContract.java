package cn.shegong.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.EventType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises about the events it publishes, for each type it names: the
 * example payload conforms to the type's JSON Schema, and in its envelope to the envelope
 * schema; the schema refuses an empty payload; and the schema names no personal data
 * (DOMAIN §8). A service's test extends it and says where its files are.
 */
public abstract class PublishedEventsContract {

	protected abstract List<EventType> publishedTypes();

	protected abstract String schemaPath(EventType type);

	protected abstract String examplePath(EventType type);

	/** The service name the envelopes carry as their source. */
	protected abstract String source();

	@TestFactory
	Stream<DynamicTest> examplePayloadConformsToItsSchema() {
		return each((type) -> assertThat(EventSchemas.violations(open(schemaPath(type)), read(examplePath(type))))
			.isEmpty());
	}

	@TestFactory
	Stream<DynamicTest> examplePayloadInItsEnvelopeConformsToTheEnvelopeSchema() {
		return each((type) -> {
			Map<String, Object> data = JsonMapper.builder()
				.build()
				.readValue(read(examplePath(type)), new TypeReference<>() {
				});
			EventEnvelope envelope = new EventEnvelope("e-1", type.name(), type.version(),
					Instant.parse("2027-01-01T00:00:00Z"), source(), "subject-1", data);
			assertThat(EventSchemas.envelopeViolations(EventJson.standard().write(envelope))).isEmpty();
		});
	}

	@TestFactory
	Stream<DynamicTest> schemaRefusesAPayloadMissingARequiredField() {
		return each((type) -> assertThat(EventSchemas.violations(open(schemaPath(type)), "{}")).isNotEmpty());
	}

	@TestFactory
	Stream<DynamicTest> schemaNamesNoPersonalData() {
		return each((type) -> assertThat(read(schemaPath(type))).doesNotContainIgnoringCase("\"name\"")
			.doesNotContainIgnoringCase("idNumber")
			.doesNotContainIgnoringCase("residentId")
			.doesNotContainIgnoringCase("phone")
			.doesNotContainIgnoringCase("certificateNumber"));
	}

	private Stream<DynamicTest> each(Consumer<EventType> check) {
		assertThat(publishedTypes()).isNotEmpty();
		return publishedTypes().stream()
			.map((type) -> DynamicTest.dynamicTest(type.name() + " v" + type.version(), () -> check.accept(type)));
	}

	private InputStream open(String path) {
		InputStream in = getClass().getResourceAsStream(path);
		assertThat(in).as(path).isNotNull();
		return in;
	}

	private String read(String path) {
		try (InputStream in = open(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
