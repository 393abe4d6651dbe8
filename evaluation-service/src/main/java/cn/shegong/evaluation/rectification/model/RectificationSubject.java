package cn.shegong.evaluation.rectification.model;

import java.util.Objects;

/**
 * The final evaluation a rectification answers to, as its grade became final.
 *
 * @param milestoneId {@code null} for a spot check, which follows no milestone
 * @param grade the final grade, {@code PASS} (合格) or {@code FAIL} (不合格)
 */
public record RectificationSubject(String evaluationId, String contractId, String milestoneId, String projectId,
		String agencyId, String regionCode, String grade) {

	public RectificationSubject {
		Objects.requireNonNull(evaluationId, "evaluationId");
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(grade, "grade");
	}

}
