package cn.shegong.procurement.payment.model;

import java.util.ArrayList;
import java.util.List;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * How a tranche is paid under one grade, in basis points of the tranche: a share released
 * now, a share held until rectification is verified, and the rest withheld until a
 * re-evaluation passes.
 */
public record GradePayout(int releasedBasisPoints, int heldBasisPoints) {

	public GradePayout {
		if (releasedBasisPoints < 0 || heldBasisPoints < 0 || releasedBasisPoints + heldBasisPoints > Shares.WHOLE) {
			throw ProblemException.ruleViolated("invalid-payout-policy",
					"released %s%% and held %s%% must each be at least 0%% and together at most 100.00%%"
						.formatted(Shares.percent(releasedBasisPoints), Shares.percent(heldBasisPoints)),
					releasedBasisPoints, heldBasisPoints);
		}
	}

	public static GradePayout releaseAll() {
		return new GradePayout(Shares.WHOLE, 0);
	}

	public static GradePayout releaseAllBut(int heldBasisPoints) {
		return new GradePayout(Shares.WHOLE - heldBasisPoints, heldBasisPoints);
	}

	public static GradePayout withholdAll() {
		return new GradePayout(0, 0);
	}

	public int withheldBasisPoints() {
		return Shares.WHOLE - this.releasedBasisPoints - this.heldBasisPoints;
	}

	/**
	 * Splits a tranche amount. Released and held are rounded down; the fraction of a fen
	 * goes to the last part kept back, so released + held + withheld is the amount.
	 */
	Payout split(Money trancheAmount, String reason) {
		Money released = Shares.roundedDown(trancheAmount, this.releasedBasisPoints);
		if (withheldBasisPoints() == 0) {
			return new Payout(released, trancheAmount.minus(released), Money.ZERO, reason);
		}
		Money held = Shares.roundedDown(trancheAmount, this.heldBasisPoints);
		return new Payout(released, held, trancheAmount.minus(released).minus(held), reason);
	}

	/** E.g. "90.00% released, 10.00% held until rectification is verified". */
	String describe() {
		List<String> parts = new ArrayList<>();
		addIfAny(parts, this.releasedBasisPoints, "released");
		addIfAny(parts, this.heldBasisPoints, "held until rectification is verified");
		addIfAny(parts, withheldBasisPoints(), "withheld until a re-evaluation passes");
		return String.join(", ", parts);
	}

	private static void addIfAny(List<String> parts, int basisPoints, String what) {
		if (basisPoints > 0) {
			parts.add(Shares.percent(basisPoints) + "% " + what);
		}
	}

}
