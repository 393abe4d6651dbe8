package cn.shegong.evaluation.event;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressReportedConsumptionTest {

	private static final String TYPE = "procurement.ProgressReported";

	@Test
	void procurementsExampleIsWhatEvaluationExpectsAndReadsAsItsOwn() throws IOException {
		String example = ProducerExamples.example(TYPE);
		ProgressReported report = ProducerExamples.read(TYPE, ProducerExamples.data(example), ProgressReported.class);

		assertThat(ProducerExamples.consumedViolations(TYPE, example)).isEmpty();
		assertThat(report.contractId()).isEqualTo("ctr-2027-001");
		assertThat(report.periodTo()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(report.casesOpened()).isEqualTo(14);
		assertThat(report.serviceHours()).isEqualTo(1260);
		assertThat(report.communityHoursShareBp()).isEqualTo(6400);
		assertThat(report.resourcesLinked()).isEqualTo(6);
		assertThat(report.beneficiaries()).isEqualTo(320 + 145 + 38);
	}

}
