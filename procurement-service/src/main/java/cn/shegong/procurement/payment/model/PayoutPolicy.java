package cn.shegong.procurement.payment.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * Payment follows the grade [NAT 102 art 2: pay by quantity and quality]. Configured per
 * contract: how each grade pays a tranche, and the least mid-term grade that pays the
 * mid-term tranche at all. A finance-check veto counts as 不合格 whatever the score [LOC
 * Guangzhou]. A withheld amount is paid through this policy again once a re-evaluation
 * has graded it.
 *
 * @param payoutByGrade how each grade pays a tranche; every grade has an entry
 * @param leastMidTermGrade below it the mid-term tranche is withheld entirely
 */
public record PayoutPolicy(Map<Grade, GradePayout> payoutByGrade, Grade leastMidTermGrade) {

	public PayoutPolicy {
		Objects.requireNonNull(leastMidTermGrade, "leastMidTermGrade");
		payoutByGrade = Map.copyOf(Objects.requireNonNull(payoutByGrade, "payoutByGrade"));
		for (Grade grade : Grade.values()) {
			if (!payoutByGrade.containsKey(grade)) {
				throw ProblemException.ruleViolated("invalid-payout-policy",
						"the payout policy says nothing about grade %s (%s)".formatted(grade.label(), grade), grade);
			}
		}
	}

	/**
	 * 优秀 and 良好 release all; 合格 releases 90% and holds 10% until rectification is
	 * verified; 不合格 withholds all until a re-evaluation passes; the mid-term tranche
	 * needs 合格 or better [OURS].
	 */
	public static PayoutPolicy defaults() {
		Map<Grade, GradePayout> byGrade = new EnumMap<>(Grade.class);
		byGrade.put(Grade.EXCELLENT, GradePayout.releaseAll());
		byGrade.put(Grade.GOOD, GradePayout.releaseAll());
		byGrade.put(Grade.PASS, GradePayout.releaseAllBut(1_000));
		byGrade.put(Grade.FAIL, GradePayout.withholdAll());
		return new PayoutPolicy(byGrade, Grade.PASS);
	}

	/** The signing tranche depends on no grade: it is released in full. */
	public Payout payoutOnSigning(Money trancheAmount) {
		return GradePayout.releaseAll().split(requireTrancheAmount(trancheAmount), "paid on signing");
	}

	public Payout payoutFor(Grade grade, Money trancheAmount) {
		return payoutFor(grade, false, trancheAmount);
	}

	/** A veto (failed finance check) pays as 不合格 whatever grade is passed in. */
	public Payout payoutFor(Grade grade, boolean veto, Money trancheAmount) {
		Grade paidAs = veto ? Grade.FAIL : Objects.requireNonNull(grade, "grade");
		GradePayout payout = this.payoutByGrade.get(paidAs);
		String reason = (veto ? "finance check failed (veto), paid as " : "grade ") + named(paidAs) + ": "
				+ payout.describe();
		return payout.split(requireTrancheAmount(trancheAmount), reason);
	}

	/**
	 * The mid-term tranche: withheld entirely below the least mid-term grade (or on a
	 * veto), otherwise paid as the grade says.
	 */
	public Payout payoutForMidTerm(Grade midTermGrade, boolean veto, Money trancheAmount) {
		if (veto || !midTermGrade.isAtLeast(this.leastMidTermGrade)) {
			String grade = veto ? "finance check failed (veto), mid-term paid as " + named(Grade.FAIL)
					: "mid-term grade " + named(midTermGrade);
			String reason = "%s, below %s: 100.00%% withheld until a re-evaluation passes".formatted(grade,
					named(this.leastMidTermGrade));
			return GradePayout.withholdAll().split(requireTrancheAmount(trancheAmount), reason);
		}
		return payoutFor(midTermGrade, trancheAmount);
	}

	/** The held part of a payout, payable once the rectification has been verified. */
	public HeldAmountRelease releaseHeld(Payout payout, LocalDate rectificationVerifiedOn) {
		if (rectificationVerifiedOn == null) {
			throw ProblemException.ruleViolated("rectification-not-verified",
					"the held %s is released only once rectification is verified".formatted(payout.held()),
					payout.held());
		}
		if (!payout.isHolding()) {
			throw ProblemException.conflict("no-amount-held",
					"this payout holds nothing to release on rectification (withheld %s waits for a re-evaluation)"
						.formatted(payout.withheld()),
					payout.withheld());
		}
		return new HeldAmountRelease(payout.held(), rectificationVerifiedOn);
	}

	private static Money requireTrancheAmount(Money trancheAmount) {
		Objects.requireNonNull(trancheAmount, "trancheAmount");
		if (trancheAmount.isNegative()) {
			throw ProblemException.ruleViolated("invalid-tranche-amount",
					"the tranche amount %s is negative".formatted(trancheAmount), trancheAmount);
		}
		return trancheAmount;
	}

	private static String named(Grade grade) {
		return grade.label() + " (" + grade.name() + ")";
	}

}
