package cn.shegong.platform.event;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.test.EventSchemas;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeSchemaTest {

	private final EventJson json = EventJson.standard();

	@Test
	void everyEnvelopeThePlatformWritesConformsToThePublishedSchema() {
		String wire = this.json
			.write(new EventEnvelope("e-1", "procurement.ContractAwarded", 1, Instant.parse("2026-11-22T08:00:00Z"),
					"procurement-service", "contract-7", Map.of("agencyId", "agency-maqiao")));

		assertThat(EventSchemas.envelopeViolations(wire)).isEmpty();
	}

	@Test
	void schemaRefusesAnEnvelopeNamedAfterAJavaClass() {
		String wire = """
				{"eventId":"e-1","type":"cn.shegong.procurement.ContractAwarded","version":1,
				 "occurredAt":"2026-11-22T08:00:00Z","source":"procurement-service","subject":"c-7","data":{}}""";

		assertThat(EventSchemas.envelopeViolations(wire)).isNotEmpty();
	}

	@Test
	void schemaRefusesAnEnvelopeWithoutSubject() {
		String wire = """
				{"eventId":"e-1","type":"procurement.ContractAwarded","version":1,
				 "occurredAt":"2026-11-22T08:00:00Z","source":"procurement-service","data":{}}""";

		assertThat(EventSchemas.envelopeViolations(wire)).anyMatch((violation) -> violation.contains("subject"));
	}

}
