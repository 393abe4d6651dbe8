package cn.shegong.procurement.tender.model;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * Buying more from the original agency by single source (添购) is allowed only while all
 * add-ons together stay within a share of the original contract [NAT 政府采购法 art 31(3)].
 */
public final class SingleSourceAddOn {

	private SingleSourceAddOn() {
	}

	/**
	 * Refuses the requested add-on if, with those already made, it exceeds the limit;
	 * otherwise returns the cumulative add-on including it.
	 */
	public static Money check(Money original, Money alreadyAddedOn, Money requested, TenderRules rules) {
		if (original.fen() <= 0 || requested.fen() <= 0 || alreadyAddedOn.isNegative()) {
			throw new IllegalArgumentException("original " + original + " and requested " + requested
					+ " must be positive, already added on " + alreadyAddedOn + " not negative");
		}
		Money cumulative = alreadyAddedOn.plus(requested);
		int limit = rules.singleSourceAddOnLimitBasisPoints();
		// Compared in whole fen × basis points so that no rounding can let a fen through.
		if (Math.multiplyExact(cumulative.fen(), 10_000L) > Math.multiplyExact(original.fen(), (long) limit)) {
			throw ProblemException.ruleViolated("single-source-add-on-too-large",
					"add-ons of " + cumulative + " (" + alreadyAddedOn + " already plus " + requested + " requested)"
							+ " exceed " + limit + " basis points of the original contract of " + original + ", i.e. "
							+ original.share(limit),
					cumulative, alreadyAddedOn, requested, limit, original);
		}
		return cumulative;
	}

}
