package cn.shegong.evaluation.event;

import java.time.LocalDate;
import java.util.List;

/**
 * The data of {@code evaluation.EvaluatorsAssigned} v1: the panel of an evaluation, so
 * that the services holding the figures it scores (talent's staffing, feedback's
 * measures) can let exactly these evaluators read them.
 *
 * @param milestoneId the contract milestone evaluated, or {@code null} for a spot check
 * @param evaluatorIds the usernames the evaluators sign in with (their token's
 * {@code preferred_username}), never their names
 */
public record EvaluatorsAssigned(String evaluationId, String kind, String contractId, String projectId,
		String milestoneId, String agencyId, String regionCode, List<String> evaluatorIds, LocalDate assignedOn) {

	public EvaluatorsAssigned {
		evaluatorIds = List.copyOf(evaluatorIds);
	}

}
