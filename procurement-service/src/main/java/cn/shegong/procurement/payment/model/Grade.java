package cn.shegong.procurement.payment.model;

/**
 * The grade of a mid-term or final evaluation, best first, as the payment rules read it.
 * Procurement keeps its own copy of the grades the evaluation service publishes.
 */
public enum Grade {

	EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	/** The Chinese name shown to buyers, agencies and the public. */
	public String label() {
		return this.label;
	}

	/** Whether this grade is the given one or better. */
	public boolean isAtLeast(Grade other) {
		return ordinal() <= other.ordinal();
	}

}
