package cn.shegong.evaluation.event;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneDueConsumptionTest {

	private static final String TYPE = "procurement.MilestoneDue";

	@Test
	void procurementsExampleIsWhatEvaluationExpectsAndReadsAsItsOwn() throws IOException {
		String example = ProducerExamples.example(TYPE);

		assertThat(ProducerExamples.consumedViolations(TYPE, example)).isEmpty();
		assertThat(ProducerExamples.read(TYPE, ProducerExamples.data(example), MilestoneDue.class)).isEqualTo(
				new MilestoneDue("ctr-2027-001", "ms-1", "agency-maqiao", "MID_TERM", LocalDate.of(2027, 6, 30)));
	}

	@Test
	void aDueMilestoneOfAnUnknownTypeIsRefused() throws IOException {
		String unknown = ProducerExamples.example(TYPE).replace("MID_TERM", "ANNUAL");

		assertThat(ProducerExamples.consumedViolations(TYPE, unknown)).isNotEmpty();
	}

}
