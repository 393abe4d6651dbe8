package cn.shegong.evaluation.evaluation.model;

import cn.shegong.evaluation.scheme.model.SchemeRef;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ReEvaluationTest {

	private static final LocalDate LATER = LocalDate.of(2026, 12, 1);

	@Test
	void aReEvaluationNamesTheEvaluationItCorrectsAndKeepsItsSchemeVersion() {
		Evaluation failed = Evaluations.finalOf(Results.failing());

		Evaluation again = Evaluation.planReEvaluation("eval-2", failed, "rectification verified", LATER).evaluation();

		assertThat(again.kind()).isEqualTo(EvaluationKind.RE_EVALUATION);
		assertThat(again.correction()).isEqualTo(new Correction("eval-1", "rectification verified"));
		assertThat(again.scheme()).isEqualTo(failed.scheme());
		assertThat(again.status()).isEqualTo(EvaluationStatus.PLANNED);
	}

	@Test
	void theCorrectedEvaluationIsLeftUntouched() {
		Evaluation failed = Evaluations.finalOf(Results.failing());

		Evaluation.planReEvaluation("eval-2", failed, "rectification verified", LATER);

		assertThat(failed.status()).isEqualTo(EvaluationStatus.RECTIFICATION_REQUIRED);
		assertThat(failed.grading().result()).isEqualTo(Results.failing());
	}

	@Test
	void aProvisionalGradeIsNotCorrectedByReEvaluation() {
		assertRefused(() -> Evaluation.planReEvaluation("eval-2", Evaluations.provisional(), "typo", LATER),
				"only-final-evaluations-are-re-evaluated")
			.hasMessageContaining("PROVISIONAL");
	}

	@Test
	void aReEvaluationNeedsAReason() {
		assertRefused(() -> Evaluation.planReEvaluation("eval-2", Evaluations.finalOf(Results.good()), " ", LATER),
				"re-evaluation-needs-a-reason");
	}

	@Test
	void aReEvaluationCannotBePlannedWithoutTheEvaluationItCorrects() {
		assertRefused(() -> Evaluation.plan("eval-2", Evaluations.subject(), EvaluationKind.RE_EVALUATION,
				new SchemeRef("township-station", 2), LATER), "re-evaluation-needs-the-evaluation-it-corrects");
	}

}
