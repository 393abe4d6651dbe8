package cn.shegong.procurement.money.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of CNY held as whole fen (分). Never floating point: budgets, prices and
 * payments are added, compared and split exactly. Shares are taken in basis points (1/100
 * of a percent) and rounded half-up to the fen, the way a finance office rounds a
 * payment.
 */
public record Money(long fen) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	public static Money ofFen(long fen) {
		return new Money(fen);
	}

	/**
	 * From yuan with at most two decimals, e.g. {@code "480000.00"}; more decimals are
	 * refused.
	 */
	public static Money ofYuan(String yuan) {
		BigDecimal amount = new BigDecimal(yuan);
		if (amount.scale() > 2) {
			throw new IllegalArgumentException("CNY has two decimals at most, got " + yuan);
		}
		return new Money(amount.movePointRight(2).longValueExact());
	}

	public static Money ofYuan(long yuan) {
		return new Money(Math.multiplyExact(yuan, 100));
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.fen, other.fen));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(this.fen, other.fen));
	}

	/**
	 * This amount times a share given in basis points (10000 = 100%), rounded half-up to
	 * the fen.
	 */
	public Money share(int basisPoints) {
		return new Money(BigDecimal.valueOf(this.fen)
			.multiply(BigDecimal.valueOf(basisPoints))
			.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
			.longValueExact());
	}

	/** This amount times a decimal factor such as 1.2, rounded half-up to the fen. */
	public Money times(BigDecimal factor) {
		return new Money(
				BigDecimal.valueOf(this.fen).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	/**
	 * The ratio this ÷ whole in basis points, rounded half-up; whole must be positive.
	 */
	public int basisPointsOf(Money whole) {
		if (whole.fen <= 0) {
			throw new IllegalArgumentException("a share of a non-positive amount is undefined");
		}
		return BigDecimal.valueOf(this.fen)
			.multiply(BigDecimal.valueOf(10_000))
			.divide(BigDecimal.valueOf(whole.fen), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	public Money min(Money other) {
		return (this.fen <= other.fen) ? this : other;
	}

	public boolean isNegative() {
		return this.fen < 0;
	}

	public boolean isGreaterThan(Money other) {
		return this.fen > other.fen;
	}

	public BigDecimal yuan() {
		return BigDecimal.valueOf(this.fen, 2);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.fen, other.fen);
	}

	@Override
	public String toString() {
		return "¥" + yuan().toPlainString();
	}

}
