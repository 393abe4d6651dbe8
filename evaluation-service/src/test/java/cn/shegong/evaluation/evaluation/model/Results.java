package cn.shegong.evaluation.evaluation.model;

import java.math.BigDecimal;

/** Consolidated results as the scheme would hand them over. */
final class Results {

	private Results() {
	}

	static ConsolidatedResult good() {
		return new ConsolidatedResult(new BigDecimal("85.00"), "良好", false, false);
	}

	static ConsolidatedResult excellent() {
		return new ConsolidatedResult(new BigDecimal("94.55"), "优秀", false, false);
	}

	static ConsolidatedResult failing() {
		return new ConsolidatedResult(new BigDecimal("55.00"), "不合格", false, true);
	}

	static ConsolidatedResult vetoed() {
		return new ConsolidatedResult(new BigDecimal("91.00"), "不合格", true, true);
	}

}
