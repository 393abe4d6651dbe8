package cn.shegong.evaluation.evaluation.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationScheduled;
import cn.shegong.evaluation.scheme.model.SchemeRef;

import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class FinalMilestoneTieTest {

	@Test
	void aFinalEvaluationPlannedWithoutAMilestoneTakesTheFinalMilestoneAnnouncedLater() {
		EvaluationStep step = untied().tieToFinalMilestone("ms-9");

		assertThat(step.evaluation().subject().milestoneId()).isEqualTo("ms-9");
		assertThat(step.evaluation().id()).isEqualTo("ev-contract-1-final");
		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.PLANNED);
		assertThat(step.facts()).singleElement()
			.isInstanceOfSatisfying(EvaluationScheduled.class,
					(scheduled) -> assertThat(scheduled.subject().milestoneId()).isEqualTo("ms-9"));
	}

	@Test
	void anEvaluationAlreadyTiedToAMilestoneKeepsIt() {
		assertRefused(() -> Evaluations.planned().tieToFinalMilestone("ms-9"),
				"evaluation-already-tied-to-a-milestone");
	}

	@Test
	void onlyAPlannedEvaluationIsTied() {
		Evaluation assigned = untied()
			.assign(List.of(Evaluators.clean("ev-1")), ConflictOfInterest.of(Evaluations.RULES),
					Evaluations.ASSIGNED_ON)
			.evaluation();

		assertRefused(() -> assigned.tieToFinalMilestone("ms-9"), "evaluation-in-wrong-status");
	}

	private static Evaluation untied() {
		EvaluationSubject s = Evaluations.subject();
		return Evaluation
			.plan("ev-contract-1-final",
					new EvaluationSubject(s.contractId(), s.projectId(), s.agencyId(), s.regionCode(), null),
					EvaluationKind.FINAL, new SchemeRef("township-station", 2), Evaluations.PLANNED_FOR)
			.evaluation();
	}

}
