package cn.shegong.talent.tier.model;

import java.math.BigDecimal;

/**
 * An amount of CNY held as whole fen (分), so allowances add up exactly. Talent keeps its
 * own money type rather than sharing procurement's.
 */
public record Money(long fen) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	public static Money ofFen(long fen) {
		return new Money(fen);
	}

	public static Money ofYuan(long yuan) {
		return new Money(Math.multiplyExact(yuan, 100));
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.fen, other.fen));
	}

	public boolean isNegative() {
		return this.fen < 0;
	}

	/** Yuan with two decimals, e.g. {@code 412.50}, the way a payroll sheet shows it. */
	public String toYuan() {
		return BigDecimal.valueOf(this.fen, 2).toPlainString();
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.fen, other.fen);
	}

	@Override
	public String toString() {
		return "¥" + toYuan();
	}

}
