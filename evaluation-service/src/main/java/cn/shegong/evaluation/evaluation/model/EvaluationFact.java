package cn.shegong.evaluation.evaluation.model;

import cn.shegong.evaluation.scheme.model.SchemeRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a command on an {@link Evaluation} caused. Plain records: the application layer
 * turns the ones named in DOMAIN.md §8 into events and stores the rest as history.
 */
public sealed interface EvaluationFact {

	String evaluationId();

	/** An evaluation was planned; becomes the {@code EvaluationScheduled} event. */
	record EvaluationScheduled(String evaluationId, EvaluationKind kind, EvaluationSubject subject, SchemeRef scheme,
			LocalDate plannedFor, Correction correction) implements EvaluationFact {
	}

	record EvaluatorsAssigned(String evaluationId, List<String> evaluatorIds,
			LocalDate assignedOn) implements EvaluationFact {
	}

	record SelfAssessmentSubmitted(String evaluationId, Set<String> indicatorCodes,
			LocalDate submittedOn) implements EvaluationFact {
	}

	/**
	 * @param replacedEarlierSheet whether the evaluator corrected a sheet they had
	 * already submitted
	 */
	record ScoreSheetSubmitted(String evaluationId, String evaluatorId, boolean replacedEarlierSheet,
			LocalDate submittedOn) implements EvaluationFact {
	}

	record EvaluationConsolidated(String evaluationId, ConsolidatedResult result,
			LocalDate consolidatedOn) implements EvaluationFact {
	}

	/** The provisional grade; becomes the {@code EvaluationGraded} event. */
	record EvaluationGraded(String evaluationId, String agencyId, ConsolidatedResult result, LocalDate gradedOn,
			LocalDate replyDeadline) implements EvaluationFact {
	}

	record ReplyFiled(String evaluationId, String agencyId, LocalDate filedOn) implements EvaluationFact {
	}

	record ReplyAnswered(String evaluationId, ConsolidatedResult resultAfterReply, boolean gradeRevised,
			LocalDate answeredOn) implements EvaluationFact {
	}

	/** The grade can no longer change; becomes the {@code EvaluationFinalized} event. */
	record EvaluationFinalized(String evaluationId, EvaluationKind kind, EvaluationSubject subject,
			ConsolidatedResult result, LocalDate finalOn, LocalDate publicationDue) implements EvaluationFact {
	}

	/** A final failing grade; becomes the {@code RectificationRequired} event. */
	record RectificationRequired(String evaluationId, String agencyId, String projectId, String grade,
			LocalDate requiredOn) implements EvaluationFact {
	}

	/**
	 * @param late whether publication came after the day it was due
	 */
	record EvaluationPublished(String evaluationId, LocalDate publishedOn, boolean late) implements EvaluationFact {
	}

}
