package cn.shegong.evaluation.scheme.model;

/** Who scores a leaf; the composite score weighs each role's total (DOMAIN.md §6). */
public enum ScorerRole {

	/** 第三方评估机构. */
	THIRD_PARTY("第三方评估"),
	/** 购买方 rating. */
	BUYER("购买方评价"),
	/** 监督方 rating (Guangzhou's points model). */
	SUPERVISOR("监督方评价"),
	/** 服务对象: mostly filled from residents' feedback. */
	SERVICE_USERS("服务对象评价");

	private final String chineseName;

	ScorerRole(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
