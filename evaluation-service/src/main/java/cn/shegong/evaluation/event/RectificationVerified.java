package cn.shegong.evaluation.event;

import java.time.LocalDate;

/**
 * The data of {@code evaluation.RectificationVerified} v1: the buyer verified the
 * rectification a final 合格 or 不合格 required.
 *
 * @param milestoneId {@code null} (left out) for a spot check
 * @param grade the final grade rectified, {@code PASS} or {@code FAIL}
 */
public record RectificationVerified(String evaluationId, String contractId, String milestoneId, String projectId,
		String agencyId, String regionCode, String grade, LocalDate verifiedOn) {
}
