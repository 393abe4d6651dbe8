package cn.shegong.procurement.payment.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * The payments of one contract, in the order they were decided. Each tranche is settled
 * once, on signing or by its grade; what its grade withheld is decided again, and only
 * again, by a re-evaluation. Records are never changed or removed.
 */
public final class PaymentLedger {

	private final List<PaymentRecord> records;

	public PaymentLedger(List<PaymentRecord> records) {
		this.records = new ArrayList<>(Objects.requireNonNull(records, "records"));
	}

	public static PaymentLedger empty() {
		return new PaymentLedger(List.of());
	}

	/** The signing tranche, released in full. */
	public PaymentRecord payOnSigning(String paymentId, TrancheAmount tranche, PayoutPolicy policy, LocalDate on) {
		requireTrigger(tranche, TrancheTrigger.ON_SIGNING);
		requireNotSettled(tranche.tranche().trigger());
		return add(PaymentRecord.of(paymentId, tranche, PaymentBasis.SIGNING, policy.payoutOnSigning(tranche.amount()),
				null, on));
	}

	/**
	 * The tranche a mid-term or final grade settles, paid as the contract's policy says
	 * for that grade.
	 */
	public PaymentRecord payAfterGrade(String paymentId, TrancheAmount tranche, PayoutPolicy policy,
			EvaluationGrade graded, LocalDate on) {
		TrancheTrigger trigger = tranche.tranche().trigger();
		if (trigger == TrancheTrigger.ON_SIGNING) {
			throw new IllegalArgumentException("the signing tranche follows no grade");
		}
		requireNotSettled(trigger);
		return add(PaymentRecord.of(paymentId, tranche, PaymentBasis.GRADE,
				payoutOf(policy, trigger, graded, tranche.amount()), graded, on));
	}

	/**
	 * What an earlier grade withheld from the tranche, paid as the re-evaluation's grade
	 * says; a failing re-evaluation keeps it withheld.
	 */
	public PaymentRecord payAfterReEvaluation(String paymentId, TrancheAmount tranche, PayoutPolicy policy,
			EvaluationGrade graded, LocalDate on) {
		TrancheTrigger trigger = tranche.tranche().trigger();
		Money outstanding = withheldOutstanding(trigger);
		if (outstanding.fen() == 0) {
			throw ProblemException.conflict("nothing-withheld",
					"nothing of tranche %s is withheld, so re-evaluation %s has nothing to release".formatted(trigger,
							graded.evaluationId()),
					trigger, graded.evaluationId());
		}
		TrancheAmount withheld = new TrancheAmount(tranche.tranche(), outstanding);
		return add(PaymentRecord.of(paymentId, withheld, PaymentBasis.RE_EVALUATION,
				payoutOf(policy, trigger, graded, outstanding), graded, on));
	}

	/**
	 * What an evaluation's payment held until rectification is verified, released once
	 * the buyer has verified it. Empty when that evaluation's payment held nothing or its
	 * held part is already released: a verification delivered again pays nothing twice.
	 */
	public Optional<PaymentRecord> releaseHeld(String paymentId, String evaluationId, PayoutPolicy policy,
			LocalDate verifiedOn, LocalDate on) {
		boolean released = this.records.stream()
			.anyMatch((record) -> record.basis() == PaymentBasis.RECTIFICATION
					&& evaluationId.equals(record.evaluationId()));
		Optional<PaymentRecord> holding = this.records.stream()
			.filter((record) -> evaluationId.equals(record.evaluationId()) && record.held().fen() > 0)
			.reduce((earlier, later) -> later);
		if (released || holding.isEmpty()) {
			return Optional.empty();
		}
		PaymentRecord held = holding.get();
		HeldAmountRelease release = policy
			.releaseHeld(new Payout(held.released(), held.held(), held.withheld(), held.reason()), verifiedOn);
		return Optional.of(add(new PaymentRecord(paymentId, held.tranche(), held.trancheName(),
				PaymentBasis.RECTIFICATION, release.payable(), Money.ZERO, Money.ZERO, held.grade(), held.veto(),
				evaluationId,
				"rectification verified on %s: the held %s released".formatted(verifiedOn, release.payable()), on)));
	}

	/** What the latest decision on the tranche keeps withheld until a re-evaluation. */
	public Money withheldOutstanding(TrancheTrigger trigger) {
		return this.records.stream()
			.filter((record) -> record.tranche() == trigger && record.basis() != PaymentBasis.SIGNING
					&& record.basis() != PaymentBasis.RECTIFICATION)
			.reduce((earlier, later) -> later)
			.map(PaymentRecord::withheld)
			.orElse(Money.ZERO);
	}

	public boolean isSettled(TrancheTrigger trigger) {
		return this.records.stream()
			.anyMatch((record) -> record.tranche() == trigger
					&& (record.basis() == PaymentBasis.SIGNING || record.basis() == PaymentBasis.GRADE));
	}

	public Money totalReleased() {
		return this.records.stream().map(PaymentRecord::released).reduce(Money.ZERO, Money::plus);
	}

	/**
	 * Held now: what grades held, less what verified rectifications released since, so
	 * that released, held and withheld still add up to what was decided.
	 */
	public Money totalHeld() {
		Money held = this.records.stream().map(PaymentRecord::held).reduce(Money.ZERO, Money::plus);
		return this.records.stream()
			.filter((record) -> record.basis() == PaymentBasis.RECTIFICATION)
			.map(PaymentRecord::released)
			.reduce(held, Money::minus);
	}

	/** Withheld now, across tranches: what re-evaluations may still release. */
	public Money totalWithheld() {
		return List.of(TrancheTrigger.values()).stream().map(this::withheldOutstanding).reduce(Money.ZERO, Money::plus);
	}

	public List<PaymentRecord> records() {
		return List.copyOf(this.records);
	}

	/** An id for the next record, unique within the contract. */
	public String nextPaymentId(String contractId) {
		return contractId + "-pay-" + (this.records.size() + 1);
	}

	private static Payout payoutOf(PayoutPolicy policy, TrancheTrigger trigger, EvaluationGrade graded, Money amount) {
		return (trigger == TrancheTrigger.AFTER_MIDTERM_GRADE)
				? policy.payoutForMidTerm(graded.grade(), graded.veto(), amount)
				: policy.payoutFor(graded.grade(), graded.veto(), amount);
	}

	private void requireNotSettled(TrancheTrigger trigger) {
		if (isSettled(trigger)) {
			throw ProblemException.conflict("tranche-already-settled",
					"tranche %s is already settled; only a re-evaluation decides again on what it withheld"
						.formatted(trigger),
					trigger);
		}
	}

	private static void requireTrigger(TrancheAmount tranche, TrancheTrigger expected) {
		if (tranche.tranche().trigger() != expected) {
			throw new IllegalArgumentException(
					"expected a " + expected + " tranche, got " + tranche.tranche().trigger());
		}
	}

	private PaymentRecord add(PaymentRecord record) {
		this.records.add(record);
		return record;
	}

}
