package cn.shegong.procurement.event;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.test.EventSchemas;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signing tranche follows no grade: its release carries neither grade nor evaluation,
 * while every graded release must carry both.
 */
class PaymentReleasedSchemaTest {

	private static final String SIGNING = """
			{"paymentId":"ctr-1-pay-1","contractId":"ctr-1","agencyId":"agency-maqiao","tranche":"ON_SIGNING",
			 "releasedFen":13950000,"heldFen":0}""";

	@Test
	void aSigningReleaseWithoutGradeOrEvaluationConforms() {
		assertThat(violations(SIGNING)).isEmpty();
	}

	@Test
	void aGradedReleaseWithoutGradeOrEvaluationIsRefused() {
		assertThat(violations(SIGNING.replace("ON_SIGNING", "AFTER_MIDTERM_GRADE"))).isNotEmpty();
	}

	@Test
	void aGradedReleaseWithGradeAndEvaluationConforms() {
		assertThat(violations(SIGNING.replace("\"ON_SIGNING\"", "\"AFTER_FINAL_GRADE\",\"grade\":\"GOOD\"")
			.replace("\"heldFen\":0", "\"heldFen\":0,\"evaluationId\":\"ev-1\""))).isEmpty();
	}

	private static java.util.List<String> violations(String data) {
		InputStream schema = PaymentReleasedSchemaTest.class
			.getResourceAsStream(ProcurementEvents.schemaPath(ProcurementEvents.PAYMENT_RELEASED));
		return EventSchemas.violations(schema, data);
	}

}
