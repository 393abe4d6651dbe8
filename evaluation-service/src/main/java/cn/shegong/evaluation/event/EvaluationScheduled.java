package cn.shegong.evaluation.event;

import java.time.LocalDate;

/** The data of {@code evaluation.EvaluationScheduled} v1. */
public record EvaluationScheduled(String evaluationId, String contractId, String milestoneId, String projectId,
		String agencyId, String regionCode, String kind, String schemeId, int schemeVersion, LocalDate plannedFor) {
}
