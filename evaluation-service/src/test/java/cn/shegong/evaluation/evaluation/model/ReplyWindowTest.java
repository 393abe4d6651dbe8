package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationFinalized;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.ReplyAnswered;

import static cn.shegong.evaluation.evaluation.model.Evaluations.AGENCY;
import static cn.shegong.evaluation.evaluation.model.Evaluations.RULES;
import static cn.shegong.evaluation.evaluation.model.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graded on Monday 2026-09-14 unless said otherwise: the 5th working day is Monday 09-21.
 */
class ReplyWindowTest {

	private final Evaluation graded = Evaluations.provisional();

	@Test
	void aReplyOnTheFifthWorkingDayIsAccepted() {
		EvaluationStep step = this.graded.fileReply(AGENCY, "callback 3 misdialled", List.of("ev-9"),
				LocalDate.of(2026, 9, 21));

		assertThat(step.evaluation().grading().reply().filedOn()).isEqualTo(LocalDate.of(2026, 9, 21));
	}

	@Test
	void aReplyOnTheSixthWorkingDayIsRefused() {
		assertRefused(() -> this.graded.fileReply(AGENCY, "late", List.of(), LocalDate.of(2026, 9, 22)),
				"reply-window-closed")
			.hasMessageContaining("2026-09-22")
			.hasMessageContaining("2026-09-21");
	}

	@Test
	void aReplyWindowCrossingNationalDayRunsToTheFifthWorkingDayAfterTheHolidays() {
		Evaluation gradedOnTheEve = Evaluations.provisional(Results.good(), LocalDate.of(2026, 9, 30));

		assertThat(gradedOnTheEve.grading().replyDeadline()).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(gradedOnTheEve.fileReply(AGENCY, "in time", List.of(), LocalDate.of(2026, 10, 13)).evaluation())
			.isNotNull();
		assertRefused(() -> gradedOnTheEve.fileReply(AGENCY, "late", List.of(), LocalDate.of(2026, 10, 14)),
				"reply-window-closed");
	}

	@Test
	void theReplyWindowLengthIsConfigurable() {
		EvaluationRules threeDays = new EvaluationRules(3, 15, RULES.conflictLookback(),
				RULES.finalEvaluationLeadTime(), RULES.spotCheckMinimumTerm(), 3000, 1000, 5, 30, 8000);
		Evaluation graded = Evaluations.scoredByBoth()
			.consolidate(Results.good(), Evaluations.GRADED_ON)
			.evaluation()
			.gradeProvisionally(Evaluations.GRADED_ON, Evaluations.CALENDAR, threeDays)
			.evaluation();

		assertThat(graded.grading().replyDeadline()).isEqualTo(LocalDate.of(2026, 9, 17));
	}

	@Test
	void anAgencyRepliesAtMostOncePerEvaluation() {
		Evaluation replied = this.graded.fileReply(AGENCY, "first", List.of(), LocalDate.of(2026, 9, 15)).evaluation();

		assertRefused(() -> replied.fileReply(AGENCY, "second", List.of(), LocalDate.of(2026, 9, 16)),
				"reply-already-filed");
	}

	@Test
	void anotherAgencyCannotReply() {
		assertRefused(() -> this.graded.fileReply("agency-other", "me too", List.of(), LocalDate.of(2026, 9, 15)),
				"reply-by-another-agency");
	}

	@Test
	void aReplyNeedsText() {
		assertRefused(() -> this.graded.fileReply(AGENCY, " ", List.of(), LocalDate.of(2026, 9, 15)),
				"reply-needs-text");
	}

	@Test
	void withoutAReplyTheGradeCannotBecomeFinalOnTheLastDayOfTheWindow() {
		assertRefused(() -> this.graded.finalizeGrade(LocalDate.of(2026, 9, 21), RULES), "reply-window-still-open");
	}

	@Test
	void withoutAReplyTheGradeBecomesFinalTheDayAfterTheWindowCloses() {
		assertThat(this.graded.finalizeGrade(LocalDate.of(2026, 9, 22), RULES).evaluation().status())
			.isEqualTo(EvaluationStatus.FINAL);
	}

	@Test
	void anUnansweredReplyHoldsTheGradeProvisionalEvenAfterTheWindow() {
		Evaluation replied = this.graded.fileReply(AGENCY, "dispute", List.of(), LocalDate.of(2026, 9, 16))
			.evaluation();

		assertRefused(() -> replied.finalizeGrade(LocalDate.of(2026, 10, 30), RULES), "reply-awaiting-answer");
	}

	@Test
	void anAnsweredReplyLetsTheGradeBecomeFinalAtOnceEvenInsideTheWindow() {
		Evaluation answered = this.graded.fileReply(AGENCY, "dispute", List.of(), LocalDate.of(2026, 9, 15))
			.evaluation()
			.answerReply("upheld", Results.good(), LocalDate.of(2026, 9, 16))
			.evaluation();

		assertThat(answered.finalizeGrade(LocalDate.of(2026, 9, 16), RULES).evaluation().status())
			.isEqualTo(EvaluationStatus.FINAL);
	}

	@Test
	void anAnswerMayReviseTheProvisionalGradeAndTheFinalGradeIsTheRevisedOne() {
		EvaluationStep answeredStep = this.graded.fileReply(AGENCY, "dispute", List.of(), LocalDate.of(2026, 9, 15))
			.evaluation()
			.answerReply("callbacks re-checked", Results.excellent(), LocalDate.of(2026, 9, 18));

		assertThat(answeredStep.facts()).singleElement()
			.isInstanceOfSatisfying(ReplyAnswered.class, (f) -> assertThat(f.gradeRevised()).isTrue());
		assertThat(answeredStep.evaluation().finalizeGrade(LocalDate.of(2026, 9, 18), RULES).facts()).singleElement()
			.isInstanceOfSatisfying(EvaluationFinalized.class,
					(f) -> assertThat(f.result()).isEqualTo(Results.excellent()));
	}

	@Test
	void aReplyIsAnsweredOnlyOnceAndOnlyIfFiled() {
		assertRefused(() -> this.graded.answerReply("nothing to answer", Results.good(), LocalDate.of(2026, 9, 15)),
				"no-reply-to-answer");
		Evaluation answered = this.graded.fileReply(AGENCY, "dispute", List.of(), LocalDate.of(2026, 9, 15))
			.evaluation()
			.answerReply("upheld", Results.good(), LocalDate.of(2026, 9, 16))
			.evaluation();
		assertRefused(() -> answered.answerReply("again", Results.good(), LocalDate.of(2026, 9, 17)),
				"reply-already-answered");
	}

}
