package cn.shegong.evaluation.event;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContractAwardedConsumptionTest {

	private static final String TYPE = "procurement.ContractAwarded";

	@Test
	void procurementsExampleIsWhatEvaluationExpects() throws IOException {
		assertThat(ProducerExamples.consumedViolations(TYPE, ProducerExamples.example(TYPE))).isEmpty();
	}

	@Test
	void evaluationsCopyReadsTheMilestonesStaffingAndEveryTargetOfTheExample() throws IOException {
		ContractAwarded awarded = ProducerExamples.read(TYPE, ProducerExamples.data(ProducerExamples.example(TYPE)),
				ContractAwarded.class);

		assertThat(awarded.contractId()).isEqualTo("ctr-2027-001");
		assertThat(awarded.projectId()).isEqualTo("prj-2027-maqiao-01");
		assertThat(awarded.tenderId()).isEqualTo("tdr-2027-001");
		assertThat(awarded.regionCode()).isEqualTo("330481");
		assertThat(awarded.termTo()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(awarded.milestones()).containsExactly(
				new ContractAwarded.Milestone("ms-1", "MID_TERM", LocalDate.of(2027, 6, 30)),
				new ContractAwarded.Milestone("ms-2", "FINAL", LocalDate.of(2027, 11, 30)));
		assertThat(awarded.staffingRequirement()).isEqualTo(new ContractAwarded.Staffing(6, 4, 2, 3, 6));
		assertThat(awarded.targets())
			.containsExactlyInAnyOrderEntriesOf(Map.of("satisfactionRateBp", 8500, "awarenessRateBp", 8000,
					"coverageRateBp", 8000, "responseHours", 48, "resourcesLinked", 5, "communityHoursShareBp", 6000));
	}

	@Test
	void aContractWithoutMilestonesOrStaffingIsNotWhatEvaluationCanEvaluate() throws IOException {
		Map<String, Object> data = ProducerExamples.data(ProducerExamples.example(TYPE));
		data.remove("milestones");

		assertThat(ProducerExamples.consumedViolations(TYPE, ProducerExamples.json(data))).isNotEmpty();
	}

}
