package cn.shegong.evaluation.evaluation.application;

import java.math.BigDecimal;

/**
 * A level-1 dimension's score: the sum of its leaves' consolidated scores, out of its
 * weight.
 */
public record DimensionScore(String code, String label, BigDecimal score, BigDecimal max) {
}
