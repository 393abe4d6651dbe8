package cn.shegong.feedback.event;

import java.time.LocalDate;
import java.util.List;

/**
 * Feedback's own copy of the fields it reads from {@code evaluation.EvaluatorsAssigned}
 * v1: which evaluators (by the usernames they sign in with) evaluate which project. Other
 * fields are ignored, so evaluation may add fields without breaking feedback.
 */
public record EvaluatorsAssigned(String evaluationId, String contractId, String projectId, List<String> evaluatorIds,
		LocalDate assignedOn) {

	public EvaluatorsAssigned {
		evaluatorIds = (evaluatorIds != null) ? List.copyOf(evaluatorIds) : List.of();
	}

}
