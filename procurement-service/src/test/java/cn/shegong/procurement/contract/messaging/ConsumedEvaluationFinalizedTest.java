package cn.shegong.procurement.contract.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.event.EventEnvelope;
import cn.shegong.platform.event.EventJson;
import cn.shegong.platform.event.MalformedEventException;
import cn.shegong.platform.test.EventSchemas;
import cn.shegong.procurement.contract.model.EvaluationKind;
import cn.shegong.procurement.contract.model.EvaluationOutcome;
import cn.shegong.procurement.payment.model.Grade;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What procurement expects of {@code evaluation.EvaluationFinalized} v1, proven against
 * the schema and example it keeps under {@code src/test/resources/consumed/}: the example
 * conforms, and procurement's own copy of the fields reads it.
 */
class ConsumedEvaluationFinalizedTest {

	private static final String SCHEMA = "/consumed/evaluation.EvaluationFinalized.v1.schema.json";

	private static final String EXAMPLE = "/consumed/evaluation.EvaluationFinalized.v1.example.json";

	private final EventJson json = EventJson.standard();

	@Test
	void theExampleConformsToTheSchemaProcurementExpects() throws IOException {
		assertThat(EventSchemas.violations(resource(SCHEMA), example())).isEmpty();
	}

	@Test
	void theSchemaRefusesAnEventWithoutItsFieldsOrWithAFloatScore() throws IOException {
		assertThat(EventSchemas.violations(resource(SCHEMA), "{}")).isNotEmpty();
		assertThat(EventSchemas.violations(resource(SCHEMA), example().replace("\"72.40\"", "72.4"))).isNotEmpty();
	}

	@Test
	void procurementsOwnCopyReadsTheExample() throws IOException {
		EvaluationFinalized read = this.json.fromData(envelope(exampleData()), EvaluationFinalized.class);

		assertThat(read.contractId()).isEqualTo("ctr-2027-001");
		assertThat(read.outcome()).isEqualTo(new EvaluationOutcome("ev-2027-mid-001", "mid-term",
				EvaluationKind.MID_TERM, new BigDecimal("72.40"), Grade.PASS, false, LocalDate.of(2027, 7, 20)));
	}

	@Test
	void fieldsProcurementDoesNotReadAreIgnored() throws IOException {
		Map<String, Object> data = exampleData();
		data.put("evaluatorOrgId", "org-7");

		assertThat(this.json.fromData(envelope(data), EvaluationFinalized.class).outcome().grade())
			.isEqualTo(Grade.PASS);
	}

	@Test
	void aReEvaluationNamesTheEvaluationItCorrects() throws IOException {
		Map<String, Object> data = exampleData();
		data.put("kind", "RE_EVALUATION");
		data.put("correctsEvaluationId", "ev-2027-mid-000");

		assertThat(EventSchemas.violations(resource(SCHEMA), JsonMapper.builder().build().writeValueAsString(data)))
			.isEmpty();
		EvaluationFinalized read = this.json.fromData(envelope(data), EvaluationFinalized.class);
		assertThat(read.correctsEvaluationId()).isEqualTo("ev-2027-mid-000");
		assertThat(read.outcome().kind()).isEqualTo(EvaluationKind.RE_EVALUATION);
	}

	@Test
	void anEventWithoutAGradeIsMalformed() throws IOException {
		Map<String, Object> data = exampleData();
		data.remove("grade");
		EvaluationFinalized read = this.json.fromData(envelope(data), EvaluationFinalized.class);

		assertThatThrownBy(read::outcome).isInstanceOf(MalformedEventException.class).hasMessageContaining("grade");
	}

	@Test
	void aScoreThatIsNoDecimalIsMalformed() throws IOException {
		Map<String, Object> data = exampleData();
		data.put("score", "about seventy");
		EvaluationFinalized read = this.json.fromData(envelope(data), EvaluationFinalized.class);

		assertThatThrownBy(read::outcome).isInstanceOf(MalformedEventException.class).hasMessageContaining("score");
	}

	@Test
	void aGradeProcurementDoesNotKnowIsMalformed() throws IOException {
		Map<String, Object> data = exampleData();
		data.put("grade", "OUTSTANDING");

		assertThatThrownBy(() -> this.json.fromData(envelope(data), EvaluationFinalized.class))
			.isInstanceOf(MalformedEventException.class);
	}

	private static EventEnvelope envelope(Map<String, Object> data) {
		return new EventEnvelope("e-1", "evaluation.EvaluationFinalized", 1, Instant.parse("2027-07-20T08:00:00Z"),
				"evaluation-service", "ev-2027-mid-001", data);
	}

	private static Map<String, Object> exampleData() throws IOException {
		return new LinkedHashMap<>(JsonMapper.builder().build().readValue(example(), new TypeReference<>() {
		}));
	}

	private static String example() throws IOException {
		try (InputStream in = resource(EXAMPLE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static InputStream resource(String path) {
		InputStream in = ConsumedEvaluationFinalizedTest.class.getResourceAsStream(path);
		assertThat(in).as(path).isNotNull();
		return in;
	}

}
