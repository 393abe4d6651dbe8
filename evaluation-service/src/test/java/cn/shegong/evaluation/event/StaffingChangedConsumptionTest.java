package cn.shegong.evaluation.event;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffingChangedConsumptionTest {

	private static final String TYPE = "talent.StaffingChanged";

	@Test
	void talentsExampleIsWhatEvaluationExpectsAndReadsAsItsOwn() throws IOException {
		String example = ProducerExamples.example(TYPE);
		StaffingChanged staffing = ProducerExamples.read(TYPE, ProducerExamples.data(example), StaffingChanged.class);

		assertThat(ProducerExamples.consumedViolations(TYPE, example)).isEmpty();
		assertThat(staffing.compliant()).isFalse();
		assertThat(staffing.staff()).isEqualTo(6);
		assertThat(staffing.certifiedRatioNumerator()).isEqualTo(3);
		assertThat(staffing.certifiedRatioDenominator()).isEqualTo(6);
		assertThat(staffing.reasons()).extracting(StaffingChanged.Reason::rule)
			.containsExactly("too-few-certified", "certified-ratio-too-low");
	}

	@Test
	void anAssessmentWithoutProjectIsStillReadBecauseTalentMayLeaveItOut() throws IOException {
		Map<String, Object> data = ProducerExamples.data(ProducerExamples.example(TYPE));
		data.remove("projectId");

		assertThat(ProducerExamples.producerViolations(TYPE, ProducerExamples.json(data))).isEmpty();
		assertThat(ProducerExamples.consumedViolations(TYPE, ProducerExamples.json(data))).isEmpty();
		assertThat(ProducerExamples.read(TYPE, data, StaffingChanged.class).projectId()).isNull();
	}

}
