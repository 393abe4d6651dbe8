package cn.shegong.evaluation.scoring.model;

import java.math.BigDecimal;

/**
 * A leaf on which the evaluators' sheets differ by more than the scheme's spread limit,
 * for a second look before the result is consolidated.
 *
 * @param leafCode the leaf
 * @param lowest the lowest score given
 * @param highest the highest score given
 * @param leafMax the leaf's maximum, which the limit is a share of
 */
public record SpreadFlag(String leafCode, BigDecimal lowest, BigDecimal highest, BigDecimal leafMax) {

	public BigDecimal spread() {
		return this.highest.subtract(this.lowest);
	}

}
