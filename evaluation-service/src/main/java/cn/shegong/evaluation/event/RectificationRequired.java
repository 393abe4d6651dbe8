package cn.shegong.evaluation.event;

import java.time.LocalDate;

/** The data of {@code evaluation.RectificationRequired} v1: a final failing grade. */
public record RectificationRequired(String evaluationId, String contractId, String projectId, String agencyId,
		String regionCode, String grade, LocalDate requiredOn) {
}
