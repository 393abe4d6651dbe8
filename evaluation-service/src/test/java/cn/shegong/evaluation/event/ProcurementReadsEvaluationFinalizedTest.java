package cn.shegong.evaluation.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.test.EventSchemas;

import static org.assertj.core.api.Assertions.assertThat;

/** Our published example meets what procurement's consumed schema asks of it. */
class ProcurementReadsEvaluationFinalizedTest {

	static final Path PROCUREMENT_SCHEMA = Path
		.of("../procurement-service/src/test/resources/consumed/evaluation.EvaluationFinalized.v1.schema.json");

	@Test
	void publishedExampleConformsToProcurementsConsumedSchema() throws IOException {
		String example;
		try (InputStream in = getClass()
			.getResourceAsStream(EvaluationEvents.examplePath(EvaluationEvents.EVALUATION_FINALIZED))) {
			example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try (InputStream schema = Files.newInputStream(PROCUREMENT_SCHEMA)) {
			assertThat(EventSchemas.violations(schema, example)).isEmpty();
		}
	}

	@Test
	void aReEvaluationNamesTheEvaluationItCorrectsInOurSchemaAndProcurements() throws IOException {
		String example;
		try (InputStream in = getClass()
			.getResourceAsStream(EvaluationEvents.examplePath(EvaluationEvents.EVALUATION_FINALIZED))) {
			example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String reEvaluation = example
			.replace("\"kind\": \"MID_TERM\"",
					"\"kind\": \"RE_EVALUATION\", \"correctsEvaluationId\": \"ev-ctr-2027-001-ms-1\"")
			.replace("\"evaluationId\": \"ev-ctr-2027-001-ms-1\"", "\"evaluationId\": \"ev-ctr-2027-001-ms-1-re1\"");
		assertThat(reEvaluation).contains("correctsEvaluationId");
		try (InputStream ours = getClass()
			.getResourceAsStream(EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_FINALIZED))) {
			assertThat(EventSchemas.violations(ours, reEvaluation)).isEmpty();
		}
		try (InputStream schema = Files.newInputStream(PROCUREMENT_SCHEMA)) {
			assertThat(EventSchemas.violations(schema, reEvaluation)).isEmpty();
		}
		assertThat(EventSchemas.violations(
				getClass().getResourceAsStream(EvaluationEvents.schemaPath(EvaluationEvents.EVALUATION_FINALIZED)),
				reEvaluation.replace("\"correctsEvaluationId\": \"ev-ctr-2027-001-ms-1\"",
						"\"correctsEvaluationId\": \"\"")))
			.isNotEmpty();
	}

}
