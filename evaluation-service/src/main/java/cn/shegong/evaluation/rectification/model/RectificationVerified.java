package cn.shegong.evaluation.rectification.model;

import java.time.LocalDate;

/**
 * The buyer verified the rectification; becomes the {@code RectificationVerified} event.
 *
 * @param reEvaluationRequired whether the grade failed, so a re-evaluation follows
 */
public record RectificationVerified(RectificationSubject subject, LocalDate verifiedOn, boolean reEvaluationRequired) {

}
