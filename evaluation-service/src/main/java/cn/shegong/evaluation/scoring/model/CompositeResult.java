package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;

import cn.shegong.evaluation.scheme.model.Grade;

/**
 * The composite score and the grade it earns. A finance veto keeps the score and its band
 * for the record but makes the grade 不合格.
 *
 * @param score the composite on 100 points, rounded as the scheme rounds
 * @param bandGrade the grade the score alone earns
 * @param grade the grade given, after any veto
 * @param financeVetoed whether a failed finance check overruled the score
 */
public record CompositeResult(BigDecimal score, Grade bandGrade, Grade grade, boolean financeVetoed) {

}
