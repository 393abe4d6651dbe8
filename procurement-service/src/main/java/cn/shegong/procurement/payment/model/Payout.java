package cn.shegong.procurement.payment.model;

import java.util.Objects;

import cn.shegong.procurement.money.model.Money;

/**
 * What happens to one tranche after a grade: the part released now, the part held until
 * rectification is verified, and the part withheld until a re-evaluation passes. The
 * three add up to the tranche amount exactly.
 *
 * @param reason why, in English, naming the grade and the shares
 */
public record Payout(Money released, Money held, Money withheld, String reason) {

	public Payout {
		Objects.requireNonNull(reason, "reason");
		requireNotNegative("released", released);
		requireNotNegative("held", held);
		requireNotNegative("withheld", withheld);
	}

	public Money trancheAmount() {
		return this.released.plus(this.held).plus(this.withheld);
	}

	/** Whether some of the tranche is paid now. */
	public boolean isRelease() {
		return this.released.fen() > 0;
	}

	/** Whether some of the tranche waits for a re-evaluation. */
	public boolean isWithheld() {
		return this.withheld.fen() > 0;
	}

	/** Whether some of the tranche waits for rectification to be verified. */
	public boolean isHolding() {
		return this.held.fen() > 0;
	}

	private static void requireNotNegative(String part, Money amount) {
		Objects.requireNonNull(amount, part);
		if (amount.isNegative()) {
			throw new IllegalArgumentException("the " + part + " part of a payout is negative: " + amount);
		}
	}

}
