package cn.shegong.evaluation.scheme.model;

/** The four grades of a project evaluation (DOMAIN.md §6), best first. */
public enum Grade {

	EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

	private final String chineseName;

	Grade(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
