package cn.shegong.evaluation.event;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionMeasuredConsumptionTest {

	private static final String TYPE = "feedback.SatisfactionMeasured";

	@Test
	void feedbacksExampleIsWhatEvaluationExpectsAndReadsAsItsOwn() throws IOException {
		String example = ProducerExamples.example(TYPE);
		SatisfactionMeasured measured = ProducerExamples.read(TYPE, ProducerExamples.data(example),
				SatisfactionMeasured.class);

		assertThat(ProducerExamples.consumedViolations(TYPE, example)).isEmpty();
		assertThat(measured.projectId()).isEqualTo("prj-2027-maqiao-station");
		assertThat(measured.period().label()).isEqualTo("2027-Q1");
		assertThat(measured.satisfactionRateBp()).isEqualTo(6250);
		assertThat(measured.awarenessRateBp()).isEqualTo(7500);
		assertThat(measured.dimensions().get("COMPLAINT_INTAKE").rateBp()).isNull();
		assertThat(measured.measuredAt()).isEqualTo(Instant.parse("2027-04-01T00:20:00Z"));
		assertThat(measured.tickets()).isEqualTo(new SatisfactionMeasured.Tickets(5, 3, 2, 1, 5000));
	}

	@Test
	void ticketsWithNothingSettledCarryNoOnTimeRateAndAreStillRead() throws IOException {
		Map<String, Object> data = ProducerExamples.data(ProducerExamples.example(TYPE));
		data.put("tickets", Map.of("received", 2, "closed", 0, "closedOnTime", 0, "openOverdue", 0));

		assertThat(ProducerExamples.producerViolations(TYPE, ProducerExamples.json(data))).isEmpty();
		assertThat(ProducerExamples.consumedViolations(TYPE, ProducerExamples.json(data))).isEmpty();
		assertThat(ProducerExamples.read(TYPE, data, SatisfactionMeasured.class).tickets().onTimeRateBp()).isNull();
	}

	@Test
	void aMeasurementOverNothingLeavesItsRatesOutAndIsReadWithoutThem() throws IOException {
		Map<String, Object> data = ProducerExamples.data(ProducerExamples.example(TYPE));
		data.remove("satisfactionRateBp");
		data.remove("awarenessRateBp");
		data.remove("contractId");
		data.remove("tickets");

		assertThat(ProducerExamples.producerViolations(TYPE, ProducerExamples.json(data))).isEmpty();
		assertThat(ProducerExamples.consumedViolations(TYPE, ProducerExamples.json(data))).isEmpty();
		SatisfactionMeasured measured = ProducerExamples.read(TYPE, data, SatisfactionMeasured.class);
		assertThat(measured.satisfactionRateBp()).isNull();
		assertThat(measured.tickets()).isNull();
	}

}
