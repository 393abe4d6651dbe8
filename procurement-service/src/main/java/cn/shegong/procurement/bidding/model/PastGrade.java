package cn.shegong.procurement.bidding.model;

/**
 * The last final grade of an agency's evaluated projects, as the bid scoring reads it.
 * Kept here rather than borrowed from the evaluation model: scoring needs only this much.
 */
public enum PastGrade {

	EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格"),
	/** No final grade yet: a new agency is neither favoured nor held back. */
	NONE("无");

	private final String chineseName;

	PastGrade(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
