package cn.shegong.evaluation.event;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectPublishedConsumptionTest {

	private static final String TYPE = "procurement.ProjectPublished";

	@Test
	void procurementsExampleIsWhatEvaluationExpectsAndWhatProcurementPromises() throws IOException {
		String example = ProducerExamples.example(TYPE);

		assertThat(ProducerExamples.producerViolations(TYPE, example)).isEmpty();
		assertThat(ProducerExamples.consumedViolations(TYPE, example)).isEmpty();
	}

	@Test
	void evaluationsCopyReadsTheProjectItsBuyerAndRegion() throws IOException {
		ProjectPublished published = ProducerExamples.read(TYPE, ProducerExamples.data(ProducerExamples.example(TYPE)),
				ProjectPublished.class);

		assertThat(published)
			.isEqualTo(new ProjectPublished("prj-2027-maqiao-01", "buyer-330481-maqiao", "330481", "马桥街道社会工作服务站运营项目"));
	}

	@Test
	void aProjectWithoutItsBuyerIsNotWhatEvaluationCanScopeADashboardBy() throws IOException {
		Map<String, Object> data = ProducerExamples.data(ProducerExamples.example(TYPE));
		data.remove("buyerId");

		assertThat(ProducerExamples.consumedViolations(TYPE, ProducerExamples.json(data))).isNotEmpty();
	}

}
