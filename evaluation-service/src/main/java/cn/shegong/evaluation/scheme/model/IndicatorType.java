package cn.shegong.evaluation.scheme.model;

/**
 * What a leaf indicator looks at (DOMAIN.md §6): the means, the work done, or its effect.
 */
public enum IndicatorType {

	/** 结构性: staff, rules, records that must be in place. */
	STRUCTURAL("结构性"),
	/** 过程性: how the service is delivered. */
	PROCESS("过程性"),
	/** 成效性: what changed for the service users. */
	OUTCOME("成效性");

	private final String chineseName;

	IndicatorType(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
