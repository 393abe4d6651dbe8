package cn.shegong.evaluation.event;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of {@code evaluation.EvaluationScheduled} v1.
 *
 * @param milestoneId absent (never null) for a spot check, and for a final evaluation
 * planned before its contract named a final milestone
 */
public record EvaluationScheduled(String evaluationId, String contractId,
		@JsonInclude(JsonInclude.Include.NON_NULL) String milestoneId, String projectId, String agencyId,
		String regionCode, String kind, String schemeId, int schemeVersion, LocalDate plannedFor) {
}
