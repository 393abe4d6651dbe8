package cn.shegong.talent.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.test.EventSchemas;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talent reads evaluation's published example of {@code EvaluatorsAssigned} (the file
 * evaluation's own test proves against its schema), never evaluation's classes.
 */
class EvaluatorsAssignedConsumptionTest {

	private static final Path PRODUCER_EVENTS = Path.of("../evaluation-service/src/main/resources/events");

	@Test
	void theExampleConformsToEvaluationsSchemaAndNamesThePanelOfTheContract() throws IOException {
		String example = Files.readString(PRODUCER_EVENTS.resolve("evaluation.EvaluatorsAssigned.v1.example.json"));

		assertThat(producerViolations(example)).isEmpty();
		EvaluatorsAssigned assigned = fromData(example);
		assertThat(assigned.evaluationId()).isEqualTo("ev-ctr-2027-001-ms-1");
		assertThat(assigned.contractId()).isEqualTo("ctr-2027-001");
		assertThat(assigned.evaluatorIds()).containsExactly("evaluator.zhiping");
		assertThat(assigned.assignedOn()).isEqualTo(LocalDate.of(2027, 6, 30));
	}

	@Test
	void aSpotChecksPanelWithOnlyTheRequiredFieldsIsEnoughForTalent() throws IOException {
		String minimal = """
				{"evaluationId":"ev-1","kind":"SPOT_CHECK","contractId":"c","projectId":"p","milestoneId":null,
				 "agencyId":"a","regionCode":"330481","evaluatorIds":["evaluator.zhiping"],
				 "assignedOn":"2027-06-30"}""";

		assertThat(producerViolations(minimal)).isEmpty();
		assertThat(fromData(minimal).evaluatorIds()).isEqualTo(List.of("evaluator.zhiping"));
	}

	private static List<String> producerViolations(String json) throws IOException {
		try (InputStream schema = Files
			.newInputStream(PRODUCER_EVENTS.resolve("evaluation.EvaluatorsAssigned.v1.schema.json"))) {
			return EventSchemas.violations(schema, json);
		}
	}

	private static EvaluatorsAssigned fromData(String json) {
		Map<String, Object> data = JsonMapper.builder().build().readValue(json, new TypeReference<>() {
		});
		EventEnvelope envelope = new EventEnvelope("e-1", "evaluation.EvaluatorsAssigned", 1,
				Instant.parse("2027-06-30T02:00:00Z"), "evaluation-service", "ev-1", data);
		return EventJson.standard().fromData(envelope, EvaluatorsAssigned.class);
	}

}
