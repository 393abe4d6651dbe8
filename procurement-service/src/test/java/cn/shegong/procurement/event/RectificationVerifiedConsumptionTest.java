package cn.shegong.procurement.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.MalformedEventException;
import cn.shegong.platform.test.EventSchemas;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Procurement reads {@code evaluation.RectificationVerified} v1 as evaluation publishes
 * it: evaluation's example conforms to evaluation's schema, and procurement's own copy of
 * the fields reads it.
 */
class RectificationVerifiedConsumptionTest {

	static final Path EVENTS = Path.of("../evaluation-service/src/main/resources/events");

	static final Path SCHEMA = EVENTS.resolve("evaluation.RectificationVerified.v1.schema.json");

	static final Path EXAMPLE = EVENTS.resolve("evaluation.RectificationVerified.v1.example.json");

	private final EventJson json = EventJson.standard();

	@Test
	void theProducersExampleConformsToTheProducersSchema() throws IOException {
		try (InputStream schema = Files.newInputStream(SCHEMA)) {
			assertThat(EventSchemas.violations(schema, Files.readString(EXAMPLE))).isEmpty();
		}
	}

	@Test
	void procurementsOwnCopyReadsTheProducersExample() throws IOException {
		RectificationVerified read = this.json.fromData(envelope(example()), RectificationVerified.class)
			.requireReadable();

		assertThat(read).isEqualTo(new RectificationVerified("ev-ctr-2027-001-ms-1", "ctr-2027-001", "ms-1", "PASS",
				LocalDate.of(2027, 8, 12)));
	}

	@Test
	void anEventWithoutItsContractIsMalformed() throws IOException {
		Map<String, Object> data = example();
		data.remove("contractId");
		RectificationVerified read = this.json.fromData(envelope(data), RectificationVerified.class);

		assertThatThrownBy(read::requireReadable).isInstanceOf(MalformedEventException.class)
			.hasMessageContaining("contractId");
	}

	private static EventEnvelope envelope(Map<String, Object> data) {
		return new EventEnvelope("e-1", "evaluation.RectificationVerified", 1, Instant.parse("2027-08-12T08:00:00Z"),
				"evaluation-service", "ev-ctr-2027-001-ms-1", data);
	}

	private static Map<String, Object> example() throws IOException {
		return new LinkedHashMap<>(
				JsonMapper.builder().build().readValue(Files.readString(EXAMPLE), new TypeReference<>() {
				}));
	}

}
