package cn.shegong.talent.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.talent.staffing.model.Fraction;
import cn.shegong.talent.staffing.model.StaffingRequirement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talent reads procurement's published example of {@code ContractAwarded} (the file
 * procurement's own test proves against its schema), never procurement's classes.
 */
class ContractAwardedConsumptionTest {

	private static final Path PRODUCER_EVENTS = Path.of("../procurement-service/src/main/resources/events");

	@Test
	void theStaffingRequirementOfAnAwardedContractIsReadAsTalentsOwn() throws IOException {
		ContractAwarded awarded = read("procurement.ContractAwarded.v1.example.json");

		assertThat(awarded.contractId()).isEqualTo("ctr-2027-001");
		assertThat(awarded.agencyId()).isEqualTo("agency-maqiao");
		assertThat(awarded.requirement()).isEqualTo(new StaffingRequirement(6, 4, Fraction.of(2, 3), 6));
	}

	@Test
	void aPayloadWithOnlyTheFieldsProcurementRequiresIsEnoughForTalent() throws IOException {
		String minimal = """
				{"contractId":"c","tenderId":"t","projectId":"p","agencyId":"a","regionCode":"330481",
				 "priceFen":1,"termFrom":"2027-01-01","termTo":"2027-12-31","milestones":[],"targets":{},
				 "staffingRequirement":{"minimumStaff":6,"minimumCertified":4,"certifiedRatioNumerator":2,
				 "certifiedRatioDenominator":3,"workersPerSupervisor":6}}""";

		try (InputStream schema = Files
			.newInputStream(PRODUCER_EVENTS.resolve("procurement.ContractAwarded.v1.schema.json"))) {
			assertThat(EventSchemas.violations(schema, minimal)).isEmpty();
		}
		assertThat(fromData(minimal).requirement()).isEqualTo(StaffingRequirement.defaults());
	}

	private static ContractAwarded read(String example) throws IOException {
		return fromData(Files.readString(PRODUCER_EVENTS.resolve(example)));
	}

	private static ContractAwarded fromData(String json) {
		Map<String, Object> data = JsonMapper.builder().build().readValue(json, new TypeReference<>() {
		});
		EventEnvelope envelope = new EventEnvelope("e-1", "procurement.ContractAwarded", 1,
				Instant.parse("2027-01-01T00:00:00Z"), "procurement-service", "ctr-2027-001", data);
		return EventJson.standard().fromData(envelope, ContractAwarded.class);
	}

}
