package cn.shegong.procurement.payment.model;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentLedgerTest {

	private static final Money PRICE = Money.ofYuan(465_000);

	private static final LocalDate ON = LocalDate.of(2027, 7, 20);

	private final List<TrancheAmount> tranches = PaymentSchedule.defaults().amountsFor(PRICE);

	private final TrancheAmount signing = this.tranches.get(0);

	private final TrancheAmount midTerm = this.tranches.get(1);

	private final TrancheAmount last = this.tranches.get(2);

	private final PayoutPolicy policy = PayoutPolicy.defaults();

	private final PaymentLedger ledger = PaymentLedger.empty();

	@Test
	void signingReleasesTheSigningTrancheInFullWithNoGrade() {
		PaymentRecord paid = this.ledger.payOnSigning("p-1", this.signing, this.policy, ON);

		assertThat(paid.released()).isEqualTo(Money.ofYuan(139_500));
		assertThat(paid.basis()).isEqualTo(PaymentBasis.SIGNING);
		assertThat(paid.grade()).isNull();
		assertThat(paid.evaluationId()).isNull();
		assertThat(paid.isRelease()).isTrue();
		assertThat(paid.isWithheld()).isFalse();
	}

	@Test
	void aMidTermPassReleasesNinetyPercentAndHoldsTenUntilRectification() {
		PaymentRecord paid = this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.PASS),
				ON);

		assertThat(paid.released()).isEqualTo(Money.ofYuan(125_550));
		assertThat(paid.held()).isEqualTo(Money.ofYuan(13_950));
		assertThat(paid.withheld()).isEqualTo(Money.ZERO);
		assertThat(paid.grade()).isEqualTo(Grade.PASS);
		assertThat(paid.evaluationId()).isEqualTo("ev-1");
	}

	@Test
	void aMidTermFailWithholdsTheWholeTrancheUntilAReEvaluation() {
		PaymentRecord paid = this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.FAIL),
				ON);

		assertThat(paid.withheld()).isEqualTo(Money.ofYuan(139_500));
		assertThat(paid.isRelease()).isFalse();
		assertThat(paid.isWithheld()).isTrue();
		assertThat(this.ledger.withheldOutstanding(TrancheTrigger.AFTER_MIDTERM_GRADE))
			.isEqualTo(Money.ofYuan(139_500));
	}

	@Test
	void aVetoWithholdsTheTrancheAndIsRecordedAsFailWhateverTheGrade() {
		PaymentRecord paid = this.ledger.payAfterGrade("p-3", this.last, this.policy,
				new EvaluationGrade("ev-9", Grade.EXCELLENT, true), ON);

		assertThat(paid.withheld()).isEqualTo(Money.ofYuan(186_000));
		assertThat(paid.grade()).isEqualTo(Grade.FAIL);
		assertThat(paid.veto()).isTrue();
		assertThat(paid.reason()).contains("veto");
	}

	@Test
	void aFinalGoodReleasesTheWholeLastTranche() {
		PaymentRecord paid = this.ledger.payAfterGrade("p-3", this.last, this.policy, graded("ev-2", Grade.GOOD), ON);

		assertThat(paid.released()).isEqualTo(Money.ofYuan(186_000));
		assertThat(paid.decidedAmount()).isEqualTo(this.last.amount());
	}

	@Test
	void aTrancheIsSettledByOneGradeOnly() {
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.GOOD), ON);

		ProblemException refusal = refusalOf(
				() -> this.ledger.payAfterGrade("p-3", this.midTerm, this.policy, graded("ev-2", Grade.EXCELLENT), ON));

		assertThat(refusal.rule()).isEqualTo("tranche-already-settled");
		assertThat(this.ledger.records()).hasSize(1);
	}

	@Test
	void theSigningTrancheIsPaidOnce() {
		this.ledger.payOnSigning("p-1", this.signing, this.policy, ON);

		assertThat(refusalOf(() -> this.ledger.payOnSigning("p-2", this.signing, this.policy, ON)).rule())
			.isEqualTo("tranche-already-settled");
	}

	@Test
	void aReEvaluationThatPassesWellReleasesEverythingTheFailWithheld() {
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.FAIL), ON);

		PaymentRecord released = this.ledger.payAfterReEvaluation("p-3", this.midTerm, this.policy,
				graded("ev-2", Grade.GOOD), ON.plusMonths(1));

		assertThat(released.basis()).isEqualTo(PaymentBasis.RE_EVALUATION);
		assertThat(released.released()).isEqualTo(Money.ofYuan(139_500));
		assertThat(this.ledger.withheldOutstanding(TrancheTrigger.AFTER_MIDTERM_GRADE)).isEqualTo(Money.ZERO);
	}

	@Test
	void aReEvaluationThatPassesBarelyReleasesNinetyPercentOfTheWithheldAndHoldsTheRest() {
		this.ledger.payAfterGrade("p-3", this.last, this.policy, graded("ev-1", Grade.FAIL), ON);

		PaymentRecord released = this.ledger.payAfterReEvaluation("p-4", this.last, this.policy,
				graded("ev-2", Grade.PASS), ON.plusMonths(1));

		assertThat(released.released()).isEqualTo(Money.ofYuan(167_400));
		assertThat(released.held()).isEqualTo(Money.ofYuan(18_600));
		assertThat(this.ledger.totalWithheld()).isEqualTo(Money.ZERO);
	}

	@Test
	void aReEvaluationThatFailsAgainKeepsTheAmountWithheld() {
		this.ledger.payAfterGrade("p-3", this.last, this.policy, graded("ev-1", Grade.FAIL), ON);

		PaymentRecord again = this.ledger.payAfterReEvaluation("p-4", this.last, this.policy,
				graded("ev-2", Grade.FAIL), ON.plusMonths(1));

		assertThat(again.withheld()).isEqualTo(Money.ofYuan(186_000));
		assertThat(this.ledger.withheldOutstanding(TrancheTrigger.AFTER_FINAL_GRADE)).isEqualTo(Money.ofYuan(186_000));
	}

	@Test
	void aVerifiedRectificationReleasesWhatAPassHeldAsARecordOfItsOwn() {
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.PASS), ON);

		PaymentRecord release = this.ledger.releaseHeld("p-3", "ev-1", this.policy, ON.plusDays(20), ON.plusDays(21))
			.orElseThrow();

		assertThat(release.basis()).isEqualTo(PaymentBasis.RECTIFICATION);
		assertThat(release.released()).isEqualTo(Money.ofYuan(13_950));
		assertThat(release.held()).isEqualTo(Money.ZERO);
		assertThat(release.withheld()).isEqualTo(Money.ZERO);
		assertThat(release.tranche()).isEqualTo(TrancheTrigger.AFTER_MIDTERM_GRADE);
		assertThat(release.grade()).isEqualTo(Grade.PASS);
		assertThat(release.evaluationId()).isEqualTo("ev-1");
		assertThat(release.reason()).contains("rectification verified on 2027-08-09");
		assertThat(release.isRelease()).isTrue();
		assertThat(this.ledger.totalReleased()).isEqualTo(Money.ofYuan(139_500));
		assertThat(this.ledger.totalHeld()).isEqualTo(Money.ZERO);
	}

	@Test
	void aHeldAmountIsReleasedOnlyOnce() {
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.PASS), ON);
		this.ledger.releaseHeld("p-3", "ev-1", this.policy, ON, ON);

		assertThat(this.ledger.releaseHeld("p-4", "ev-1", this.policy, ON, ON)).isEmpty();
		assertThat(this.ledger.records()).hasSize(2);
	}

	@Test
	void aGradeThatHeldNothingHasNothingToReleaseOnRectification() {
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.GOOD), ON);
		this.ledger.payAfterGrade("p-3", this.last, this.policy, graded("ev-2", Grade.FAIL), ON);

		assertThat(this.ledger.releaseHeld("p-4", "ev-1", this.policy, ON, ON)).isEmpty();
		assertThat(this.ledger.releaseHeld("p-4", "ev-2", this.policy, ON, ON)).isEmpty();
		assertThat(this.ledger.releaseHeld("p-4", "ev-unknown", this.policy, ON, ON)).isEmpty();
	}

	@Test
	void aReleaseOnRectificationLeavesWhatAReEvaluationDecidesOnUntouched() {
		this.ledger.payAfterGrade("p-2", this.last, this.policy, graded("ev-1", Grade.FAIL), ON);
		PaymentRecord reEvaluated = this.ledger.payAfterReEvaluation("p-3", this.last, this.policy,
				graded("ev-1-re1", Grade.PASS), ON);
		this.ledger.releaseHeld("p-4", "ev-1-re1", this.policy, ON, ON);

		assertThat(reEvaluated.held()).isEqualTo(Money.ofYuan(18_600));
		assertThat(this.ledger.withheldOutstanding(TrancheTrigger.AFTER_FINAL_GRADE)).isEqualTo(Money.ZERO);
		assertThat(this.ledger.totalReleased()).isEqualTo(Money.ofYuan(186_000));
		assertThat(this.ledger.isSettled(TrancheTrigger.AFTER_FINAL_GRADE)).isTrue();
	}

	@Test
	void aReEvaluationWithNothingWithheldIsRefused() {
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.PASS), ON);

		ProblemException refusal = refusalOf(() -> this.ledger.payAfterReEvaluation("p-3", this.midTerm, this.policy,
				graded("ev-2", Grade.GOOD), ON));

		assertThat(refusal.rule()).isEqualTo("nothing-withheld");
	}

	@Test
	void releasedHeldAndWithheldAddUpToTheContractPriceOnceEveryTrancheIsDecided() {
		this.ledger.payOnSigning("p-1", this.signing, this.policy, ON);
		this.ledger.payAfterGrade("p-2", this.midTerm, this.policy, graded("ev-1", Grade.PASS), ON);
		this.ledger.payAfterGrade("p-3", this.last, this.policy, graded("ev-2", Grade.FAIL), ON);

		assertThat(this.ledger.totalReleased().plus(this.ledger.totalHeld()).plus(this.ledger.totalWithheld()))
			.isEqualTo(PRICE);
		assertThat(this.ledger.totalWithheld()).isEqualTo(Money.ofYuan(186_000));
	}

	@Test
	void paymentIdsNumberTheContractsRecordsInOrder() {
		assertThat(this.ledger.nextPaymentId("ctr-1")).isEqualTo("ctr-1-pay-1");
		this.ledger.payOnSigning(this.ledger.nextPaymentId("ctr-1"), this.signing, this.policy, ON);

		assertThat(this.ledger.nextPaymentId("ctr-1")).isEqualTo("ctr-1-pay-2");
	}

	private static EvaluationGrade graded(String evaluationId, Grade grade) {
		return new EvaluationGrade(evaluationId, grade, false);
	}

}
