package cn.shegong.evaluation.event;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of {@code evaluation.EvaluationGraded} v1: the provisional grade.
 *
 * @param score the composite as a decimal string, e.g. {@code "94.55"}
 * @param replyDeadline the last day the agency may file its reply
 */
public record EvaluationGraded(String evaluationId, String contractId,
		@JsonInclude(JsonInclude.Include.NON_NULL) String milestoneId, String projectId, String agencyId,
		String regionCode, String kind, String score, String grade, boolean veto, LocalDate gradedOn,
		LocalDate replyDeadline) {
}
