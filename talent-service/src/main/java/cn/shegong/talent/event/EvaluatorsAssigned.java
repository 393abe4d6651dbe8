package cn.shegong.talent.event;

import java.time.LocalDate;
import java.util.List;

/**
 * Talent's own copy of the fields it reads from {@code evaluation.EvaluatorsAssigned} v1:
 * which evaluators (by the usernames they sign in with) evaluate which contract. Other
 * fields are ignored, so evaluation may add fields without breaking talent.
 */
public record EvaluatorsAssigned(String evaluationId, String contractId, String projectId, List<String> evaluatorIds,
		LocalDate assignedOn) {

	public EvaluatorsAssigned {
		evaluatorIds = (evaluatorIds != null) ? List.copyOf(evaluatorIds) : List.of();
	}

}
