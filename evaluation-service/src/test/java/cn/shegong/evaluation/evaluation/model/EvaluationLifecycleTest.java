package cn.shegong.evaluation.evaluation.model;

import cn.shegong.evaluation.scheme.model.SchemeRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationFinalized;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationGraded;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationPublished;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationScheduled;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.RectificationRequired;

import static cn.shegong.evaluation.evaluation.model.Evaluations.AGENCY;
import static cn.shegong.evaluation.evaluation.model.Evaluations.CALENDAR;
import static cn.shegong.evaluation.evaluation.model.Evaluations.GRADED_ON;
import static cn.shegong.evaluation.evaluation.model.Evaluations.RULES;
import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationLifecycleTest {

	@Test
	void planningSchedulesTheEvaluationWithTheSchemeVersionItKeeps() {
		EvaluationStep step = Evaluation.plan("eval-1", Evaluations.subject(), EvaluationKind.MID_TERM,
				new SchemeRef("township-station", 3), Evaluations.PLANNED_FOR);

		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.PLANNED);
		assertThat(step.facts()).singleElement()
			.isInstanceOfSatisfying(EvaluationScheduled.class,
					(f) -> assertThat(f.scheme()).isEqualTo(new SchemeRef("township-station", 3)));
	}

	@Test
	void theLifecycleRunsFromPlannedToPublishedKeepingTheSchemeVersion() {
		Evaluation graded = Evaluations.provisional();
		Evaluation finalEvaluation = graded.finalizeGrade(LocalDate.of(2026, 9, 22), RULES).evaluation();
		Evaluation published = finalEvaluation.publish(LocalDate.of(2026, 9, 30)).evaluation();

		assertThat(Evaluations.assigned().status()).isEqualTo(EvaluationStatus.ASSIGNED);
		assertThat(Evaluations.selfAssessed().status()).isEqualTo(EvaluationStatus.SELF_ASSESSMENT_SUBMITTED);
		assertThat(Evaluations.scoredByBoth().status()).isEqualTo(EvaluationStatus.SCORING);
		assertThat(graded.status()).isEqualTo(EvaluationStatus.PROVISIONAL);
		assertThat(finalEvaluation.status()).isEqualTo(EvaluationStatus.FINAL);
		assertThat(published.status()).isEqualTo(EvaluationStatus.PUBLISHED);
		assertThat(published.scheme()).isEqualTo(new SchemeRef("township-station", 2));
	}

	@Test
	void theProvisionalGradeIsReportedWithItsReplyDeadline() {
		EvaluationStep step = Evaluations.scoredByBoth()
			.consolidate(Results.good(), GRADED_ON)
			.evaluation()
			.gradeProvisionally(GRADED_ON, CALENDAR, RULES);

		assertThat(step.facts()).singleElement()
			.isInstanceOfSatisfying(EvaluationGraded.class,
					(f) -> assertThat(f.replyDeadline()).isEqualTo(LocalDate.of(2026, 9, 21)));
	}

	@Test
	void aWrongStatusIsRefusedNamingTheActionAndTheStatus() {
		assertRefused(() -> Evaluations.planned().submitScoreSheet(Evaluations.sheetOf("ev-1", "8.00")),
				"evaluation-in-wrong-status")
			.hasMessageContaining("submit a score sheet")
			.hasMessageContaining("PLANNED");
		assertRefused(
				() -> Evaluations.provisional()
					.assign(List.of(Evaluators.clean("ev-3")), ConflictOfInterest.of(RULES), GRADED_ON),
				"evaluation-in-wrong-status");
		assertRefused(() -> Evaluations.assigned().gradeProvisionally(GRADED_ON, CALENDAR, RULES),
				"evaluation-in-wrong-status");
	}

	@Test
	void aFinalPassingGradeReportsScoreGradeAndPublicationDueFifteenDaysLater() {
		Evaluation graded = Evaluations.provisional();
		EvaluationStep step = graded.finalizeGrade(LocalDate.of(2026, 9, 22), RULES);

		assertThat(step.facts()).singleElement().isInstanceOfSatisfying(EvaluationFinalized.class, (f) -> {
			assertThat(f.result()).isEqualTo(Results.good());
			assertThat(f.publicationDue()).isEqualTo(LocalDate.of(2026, 10, 7));
		});
	}

	@Test
	void aFinalFailingGradeRequiresRectification() {
		Evaluation graded = Evaluations.provisional(Results.failing(), GRADED_ON);
		EvaluationStep step = graded.finalizeGrade(LocalDate.of(2026, 9, 22), RULES);

		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.RECTIFICATION_REQUIRED);
		assertThat(step.facts()).hasSize(2)
			.last()
			.isInstanceOfSatisfying(RectificationRequired.class, (f) -> assertThat(f.grade()).isEqualTo("不合格"));
	}

	@Test
	void aVetoedResultFailsAndRequiresRectificationWhateverItsScore() {
		EvaluationStep step = Evaluations.provisional(Results.vetoed(), GRADED_ON)
			.finalizeGrade(LocalDate.of(2026, 9, 22), RULES);

		assertThat(step.facts()).hasAtLeastOneElementOfType(RectificationRequired.class);
	}

	@Test
	void aFailingResultIsPublishedAndStaysOpenForRectification() {
		EvaluationStep step = Evaluations.finalOf(Results.failing()).publish(LocalDate.of(2026, 9, 30));

		assertThat(step.evaluation().status()).isEqualTo(EvaluationStatus.RECTIFICATION_REQUIRED);
		assertThat(step.evaluation().grading().publishedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void publicationOnTheDueDayIsOnTimeAndTheDayAfterIsLate() {
		Evaluation finalEvaluation = Evaluations.finalOf(Results.good());
		LocalDate due = finalEvaluation.grading().publicationDue();

		assertThat(finalEvaluation.publish(due).facts()).singleElement()
			.isInstanceOfSatisfying(EvaluationPublished.class, (f) -> assertThat(f.late()).isFalse());
		assertThat(finalEvaluation.publish(due.plusDays(1)).facts()).singleElement()
			.isInstanceOfSatisfying(EvaluationPublished.class, (f) -> assertThat(f.late()).isTrue());
	}

	@Test
	void aResultIsPublishedOnlyOnce() {
		Evaluation failedAndPublished = Evaluations.finalOf(Results.failing())
			.publish(LocalDate.of(2026, 9, 30))
			.evaluation();

		assertRefused(() -> failedAndPublished.publish(LocalDate.of(2026, 10, 1)), "evaluation-already-published");
	}

	@Test
	void aFinalGradeCannotBeGradedOrAnsweredAgain() {
		Evaluation finalEvaluation = Evaluations.finalOf(Results.good());

		assertRefused(() -> finalEvaluation.answerReply("revised", Results.excellent(), LocalDate.of(2026, 9, 23)),
				"evaluation-in-wrong-status");
		assertRefused(() -> finalEvaluation.finalizeGrade(LocalDate.of(2026, 9, 23), RULES),
				"evaluation-in-wrong-status");
	}

	@Test
	void onlyTheEvaluatedAgencySubmitsTheSelfAssessment() {
		SelfAssessment other = new SelfAssessment("agency-other",
				Map.of("SERVICE_VOLUME", new SelfAssessment.Entry("text", List.of())), LocalDate.of(2026, 9, 5));

		assertRefused(() -> Evaluations.assigned().submitSelfAssessment(other), "self-assessment-by-another-agency");
	}

	@Test
	void anEmptySelfAssessmentIsRefused() {
		assertRefused(() -> new SelfAssessment(AGENCY, Map.of(), LocalDate.of(2026, 9, 5)), "self-assessment-empty");
	}

	@Test
	void scoringBeforeTheSelfAssessmentIsRefused() {
		assertRefused(() -> Evaluations.assigned().submitScoreSheet(Evaluations.sheetOf("ev-1", "8.00")),
				"evaluation-in-wrong-status");
	}

}
