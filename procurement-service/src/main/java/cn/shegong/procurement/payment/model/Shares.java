package cn.shegong.procurement.payment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.shegong.procurement.money.model.Money;

/**
 * Shares for payments, rounded down to the fen: a fraction of a fen is never paid ahead
 * of its condition; it stays with the part paid last or kept back, so the parts still add
 * up to the whole.
 */
final class Shares {

	static final int WHOLE = 10_000;

	private Shares() {
	}

	static Money roundedDown(Money amount, int basisPoints) {
		return Money.ofFen(BigDecimal.valueOf(amount.fen())
			.multiply(BigDecimal.valueOf(basisPoints))
			.divide(BigDecimal.valueOf(WHOLE), 0, RoundingMode.FLOOR)
			.longValueExact());
	}

	static BigDecimal percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2);
	}

}
