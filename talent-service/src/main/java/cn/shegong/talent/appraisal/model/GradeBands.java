package cn.shegong.talent.appraisal.model;

import cn.shegong.platform.problem.ProblemException;

/**
 * Lowest scores of each grade. Defaults are the project grades of Shenzhen and Zhanjiang
 * [LOC]: 优秀 from 90, 良好 from 80, 合格 from 60, below that 不合格; so 89.99 is 良好.
 */
public record GradeBands(AppraisalScore excellentFrom, AppraisalScore goodFrom, AppraisalScore passFrom) {

	public GradeBands {
		if (excellentFrom == null || goodFrom == null || passFrom == null || excellentFrom.compareTo(goodFrom) <= 0
				|| goodFrom.compareTo(passFrom) <= 0) {
			throw ProblemException.ruleViolated(
					"appraisal-grade-bands-out-of-order", "Grade thresholds must fall from 优秀 to 良好 to 合格, were "
							+ excellentFrom + ", " + goodFrom + ", " + passFrom + ".",
					excellentFrom, goodFrom, passFrom);
		}
	}

	/** [LOC Shenzhen, Zhanjiang]. */
	public static GradeBands defaults() {
		return new GradeBands(AppraisalScore.of("90"), AppraisalScore.of("80"), AppraisalScore.of("60"));
	}

	public AppraisalGrade gradeFor(AppraisalScore score) {
		if (score.compareTo(this.excellentFrom) >= 0) {
			return AppraisalGrade.EXCELLENT;
		}
		if (score.compareTo(this.goodFrom) >= 0) {
			return AppraisalGrade.GOOD;
		}
		return (score.compareTo(this.passFrom) >= 0) ? AppraisalGrade.PASS : AppraisalGrade.FAIL;
	}

}
