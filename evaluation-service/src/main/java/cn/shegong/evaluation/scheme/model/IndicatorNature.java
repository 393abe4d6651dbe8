package cn.shegong.evaluation.scheme.model;

/**
 * Whether a leaf is judged (定性) or measured (定量); a scheme fixes the split between them.
 */
public enum IndicatorNature {

	/** 定性: scored by judgement against the evidence. */
	QUALITATIVE("定性"),
	/** 定量: scored from a figure. */
	QUANTITATIVE("定量");

	private final String chineseName;

	IndicatorNature(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
