package cn.shegong.procurement.payment.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.procurement.money.model.Money;

/**
 * One decision about money of a contract, kept for good: which tranche, why, and how the
 * amount it decided on was split into released now, held until rectification is verified,
 * and withheld until a re-evaluation passes.
 *
 * @param grade the grade the payment followed (不合格 after a veto); null on signing
 * @param veto whether the finance check vetoed the grade
 * @param evaluationId the evaluation that decided it; null on signing
 */
public record PaymentRecord(String paymentId, TrancheTrigger tranche, String trancheName, PaymentBasis basis,
		Money released, Money held, Money withheld, Grade grade, boolean veto, String evaluationId, String reason,
		LocalDate recordedOn) {

	public PaymentRecord {
		if (paymentId == null || paymentId.isBlank()) {
			throw new IllegalArgumentException("a payment record has an id");
		}
		Objects.requireNonNull(tranche, "tranche");
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(released, "released");
		Objects.requireNonNull(held, "held");
		Objects.requireNonNull(withheld, "withheld");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(recordedOn, "recordedOn");
	}

	static PaymentRecord of(String paymentId, TrancheAmount tranche, PaymentBasis basis, Payout payout,
			EvaluationGrade graded, LocalDate on) {
		return new PaymentRecord(paymentId, tranche.tranche().trigger(), tranche.tranche().name(), basis,
				payout.released(), payout.held(), payout.withheld(), (graded != null) ? graded.paidAs() : null,
				(graded != null) && graded.veto(), (graded != null) ? graded.evaluationId() : null, payout.reason(),
				on);
	}

	/** The amount this record decided on: released, held and withheld together. */
	public Money decidedAmount() {
		return this.released.plus(this.held).plus(this.withheld);
	}

	/**
	 * Whether this counts as a release: something is paid now, or nothing is kept back
	 * for a re-evaluation.
	 */
	public boolean isRelease() {
		return this.released.fen() > 0 || this.withheld.fen() == 0;
	}

	/** Whether some of the amount waits for a re-evaluation. */
	public boolean isWithheld() {
		return this.withheld.fen() > 0;
	}

}
