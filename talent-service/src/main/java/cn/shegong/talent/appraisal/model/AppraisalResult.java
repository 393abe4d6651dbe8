package cn.shegong.talent.appraisal.model;

/**
 * The combined score of an annual appraisal and the grade it earns.
 */
public record AppraisalResult(AppraisalScore score, AppraisalGrade grade) {

}
