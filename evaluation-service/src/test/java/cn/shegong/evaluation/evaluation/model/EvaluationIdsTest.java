package cn.shegong.evaluation.evaluation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvaluationIdsTest {

	@Test
	void anEvaluationOfAMilestoneIsNamedByContractAndMilestoneWhateverAnnouncedIt() {
		assertThat(EvaluationIds.of(EvaluationKind.MID_TERM, "ctr-1", "ms-1")).isEqualTo("ev-ctr-1-ms-1");
		assertThat(EvaluationIds.of(EvaluationKind.FINAL, "ctr-1", "ms-2")).isEqualTo("ev-ctr-1-ms-2");
	}

	@Test
	void aFinalEvaluationWithoutAFinalMilestoneIsStillNamedOnceForTheContract() {
		assertThat(EvaluationIds.of(EvaluationKind.FINAL, "ctr-1", null)).isEqualTo("ev-ctr-1-final");
	}

	@Test
	void aMidTermEvaluationNeedsItsMilestone() {
		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationIds.of(EvaluationKind.MID_TERM, "ctr-1", null));
	}

	@Test
	void aSpotCheckIsNamedByContractAndYear() {
		assertThat(EvaluationIds.spotCheck("ctr-1", 2027)).isEqualTo("ev-ctr-1-spot-2027");
	}

}
