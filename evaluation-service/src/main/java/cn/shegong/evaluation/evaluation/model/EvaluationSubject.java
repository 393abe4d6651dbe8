package cn.shegong.evaluation.evaluation.model;

import java.util.Objects;

/**
 * What is evaluated: a contract's project delivered by an agency for a buyer in a region.
 *
 * @param milestoneId the contract milestone the evaluation belongs to, or {@code null}
 * for a spot check, which follows no milestone
 */
public record EvaluationSubject(String contractId, String projectId, String agencyId, String regionCode,
		String milestoneId) {

	public EvaluationSubject {
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(regionCode, "regionCode");
	}

}
