package cn.shegong.talent.staffing.model;

import java.util.List;

/**
 * What {@code talent.StaffingChanged} tells the world about a contract's team, without
 * the day it was assessed: two assessments with equal figures on different days are no
 * news, so nothing is published for them.
 */
public record StaffingFigures(int staff, int certified, int certifiedRatioNumerator, int certifiedRatioDenominator,
		int supervisors, int supervisorsRequired, boolean compliant, List<String> reasonRules) {

	public StaffingFigures {
		reasonRules = List.copyOf(reasonRules);
	}

	public static StaffingFigures of(StaffingAssessment assessment) {
		return new StaffingFigures(assessment.fullTimeStaff(), assessment.certified(),
				assessment.certifiedRatio().numerator(), assessment.certifiedRatio().denominator(),
				assessment.supervisors(), assessment.supervisorsRequired(), assessment.isCompliant(),
				assessment.shortfallRules());
	}

}
