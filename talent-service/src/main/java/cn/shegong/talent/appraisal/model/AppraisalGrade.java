package cn.shegong.talent.appraisal.model;

/**
 * The grade of an annual appraisal, best first: the same four grades as a project's
 * evaluation [SEED 004].
 */
public enum AppraisalGrade {

	EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

	private final String label;

	AppraisalGrade(String label) {
		this.label = label;
	}

	/** The Chinese name shown to agencies and workers. */
	public String label() {
		return this.label;
	}

	/** Whether this grade is the given one or better. */
	public boolean isAtLeast(AppraisalGrade other) {
		return ordinal() <= other.ordinal();
	}

}
