package cn.shegong.procurement.contract.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.delivery.model.MilestoneStatus;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.payment.model.GradePayout;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.payment.model.PayoutPolicy;
import cn.shegong.procurement.payment.model.TrancheTrigger;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static cn.shegong.procurement.contract.model.Contracts.outcome;
import static org.assertj.core.api.Assertions.assertThat;

class ContractTest {

	private static final LocalDate ON = LocalDate.of(2027, 7, 21);

	@Test
	void aDraftPaysByTheDefaultPolicyAndHasEveryMilestoneScheduled() {
		Contract draft = Contracts.draft();

		assertThat(draft.status()).isEqualTo(ContractStatus.DRAFT);
		assertThat(draft.payoutPolicy()).isEqualTo(PayoutPolicy.defaults());
		assertThat(draft.milestones()).extracting(ContractMilestone::status).containsOnly(MilestoneStatus.SCHEDULED);
		assertThat(draft.payments().records()).isEmpty();
	}

	@Test
	void signingReleasesTheSigningTrancheInFull() {
		Contract contract = Contracts.draft();

		ContractSigned signed = contract.sign("officer.haining", Contracts.SIGNED_ON);

		assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
		assertThat(signed.signing()).isEqualTo(new Signing("officer.haining", Contracts.SIGNED_ON));
		PaymentRecord paid = signed.signingPayment().orElseThrow();
		assertThat(paid.paymentId()).isEqualTo("ctr-1-pay-1");
		assertThat(paid.tranche()).isEqualTo(TrancheTrigger.ON_SIGNING);
		assertThat(paid.released()).isEqualTo(Money.ofYuan(139_500));
	}

	@Test
	void aContractIsSignedOnce() {
		Contract contract = Contracts.signed();

		assertThat(refusalOf(() -> contract.sign("officer.haining", Contracts.SIGNED_ON)).rule())
			.isEqualTo("contract-not-a-draft");
		assertThat(contract.payments().records()).hasSize(1);
	}

	@Test
	void thePayoutPolicyIsAgreedOnTheDraftOnly() {
		Contract draft = Contracts.draft();
		draft.changePayoutPolicy(strictPolicy());
		assertThat(draft.payoutPolicy()).isEqualTo(strictPolicy());

		Contract signed = Contracts.signed();
		assertThat(refusalOf(() -> signed.changePayoutPolicy(strictPolicy())).rule()).isEqualTo("contract-not-a-draft");
	}

	@Test
	void aMidTermPassPaysNinetyPercentOfTheMidTermTrancheAndMeetsTheMilestonePartly() {
		Contract contract = Contracts.signed();

		EvaluationApplied applied = contract
			.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.PASS), ON);

		PaymentRecord paid = applied.payment().orElseThrow();
		assertThat(paid.tranche()).isEqualTo(TrancheTrigger.AFTER_MIDTERM_GRADE);
		assertThat(paid.released()).isEqualTo(Money.ofYuan(125_550));
		assertThat(paid.held()).isEqualTo(Money.ofYuan(13_950));
		assertThat(applied.milestone().status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
		assertThat(contract.milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
		assertThat(applied.completed()).isFalse();
		assertThat(contract.hasApplied("ev-1")).isTrue();
	}

	@Test
	void theContractsOwnPolicyDecidesWhatAGradePays() {
		Contract contract = Contracts.draft();
		contract.changePayoutPolicy(strictPolicy());
		contract.sign("officer.haining", Contracts.SIGNED_ON);

		PaymentRecord paid = contract
			.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.PASS), ON)
			.payment()
			.orElseThrow();

		assertThat(paid.withheld()).isEqualTo(Money.ofYuan(139_500));
	}

	@Test
	void aFinalGradeSettlesTheLastTrancheAndCompletesTheContract() {
		Contract contract = Contracts.signed();

		EvaluationApplied applied = contract
			.applyEvaluation(outcome("ev-2", EvaluationKind.FINAL, "final", Grade.EXCELLENT), ON);

		assertThat(applied.payment().orElseThrow().released()).isEqualTo(Money.ofYuan(186_000));
		assertThat(applied.completed()).isTrue();
		assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
		assertThat(contract.milestonesComeDueOn(LocalDate.of(2028, 1, 1))).isEmpty();
	}

	@Test
	void aReEvaluationAfterTheFinalFailReleasesWhatItWithheldOnTheCompletedContract() {
		Contract contract = Contracts.signed();
		contract.applyEvaluation(outcome("ev-2", EvaluationKind.FINAL, "final", Grade.FAIL), ON);

		EvaluationApplied again = contract
			.applyEvaluation(outcome("ev-3", EvaluationKind.RE_EVALUATION, "final", Grade.GOOD), ON.plusMonths(2));

		assertThat(again.payment().orElseThrow().released()).isEqualTo(Money.ofYuan(186_000));
		assertThat(contract.milestone("final").orElseThrow().status()).isEqualTo(MilestoneStatus.MET);
		assertThat(contract.payments().totalWithheld()).isEqualTo(Money.ZERO);
	}

	@Test
	void aDraftTakesNoEvaluation() {
		assertThat(refusalOf(() -> Contracts.draft()
			.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.GOOD), ON)).rule())
			.isEqualTo("contract-not-signed");
	}

	@Test
	void anEvaluationIsTakenIntoAccountOnce() {
		Contract contract = Contracts.signed();
		EvaluationOutcome midTerm = outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.GOOD);
		contract.applyEvaluation(midTerm, ON);

		assertThat(refusalOf(() -> contract.applyEvaluation(midTerm, ON)).rule())
			.isEqualTo("evaluation-already-applied");
		assertThat(contract.payments().records()).hasSize(2);
	}

	@Test
	void anEvaluationOfAMilestoneTheContractDoesNotHaveIsRefused() {
		ProblemException refusal = refusalOf(() -> Contracts.signed()
			.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-year", Grade.GOOD), ON));

		assertThat(refusal.rule()).isEqualTo("unknown-milestone");
	}

	@Test
	void aMidTermEvaluationCannotGradeTheFinalMilestoneNorAnyAQuarterlyOne() {
		Contract contract = Contracts.signed();

		assertThat(refusalOf(
				() -> contract.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "final", Grade.GOOD), ON))
			.rule()).isEqualTo("evaluation-does-not-fit-milestone");
		assertThat(refusalOf(() -> contract
			.applyEvaluation(outcome("ev-2", EvaluationKind.RE_EVALUATION, "q-2027-03-31", Grade.GOOD), ON)).rule())
			.isEqualTo("evaluation-does-not-fit-milestone");
		assertThat(contract.payments().records()).hasSize(1);
	}

	@Test
	void aGradedMilestoneIsGradedAgainOnlyByAReEvaluation() {
		Contract contract = Contracts.signed();
		contract.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.GOOD), ON);

		assertThat(refusalOf(
				() -> contract.applyEvaluation(outcome("ev-2", EvaluationKind.MID_TERM, "mid-term", Grade.PASS), ON))
			.rule()).isEqualTo("milestone-already-graded");
	}

	@Test
	void milestonesComeDueOnlyWhileTheContractRuns() {
		assertThat(Contracts.draft().milestonesComeDueOn(Contracts.MID_TERM_ON)).isEmpty();

		assertThat(Contracts.signed().milestonesComeDueOn(Contracts.MID_TERM_ON))
			.extracting(ContractMilestone::milestoneId)
			.containsExactly("q-2027-03-31", "mid-term");
	}

	@Test
	void theServiceHasStartedFromTheFirstDayOfTheTerm() {
		Contract contract = Contracts.signed();

		assertThat(contract.hasStartedBy(Contracts.TERM_FROM.minusDays(1))).isFalse();
		assertThat(contract.hasStartedBy(Contracts.TERM_FROM)).isTrue();
	}

	@Test
	void aFinalFailOrAFinalVetoBansButAMidTermFailDoesNot() {
		assertThat(outcome("ev-1", EvaluationKind.FINAL, "final", Grade.FAIL).isFinalFail()).isTrue();
		assertThat(new EvaluationOutcome("ev-2", "final", EvaluationKind.FINAL, new BigDecimal("91"), Grade.EXCELLENT,
				true, ON)
			.isFinalFail()).isTrue();
		assertThat(outcome("ev-3", EvaluationKind.MID_TERM, "mid-term", Grade.FAIL).isFinalFail()).isFalse();
		assertThat(outcome("ev-4", EvaluationKind.FINAL, "final", Grade.PASS).isFinalFail()).isFalse();
	}

	@Test
	void aFailingReEvaluationOfTheFinalMilestoneBansButOneOfTheMidTermDoesNot() {
		EvaluationOutcome reFail = outcome("ev-5", EvaluationKind.RE_EVALUATION, "final", Grade.FAIL);

		assertThat(reFail.bans(true)).isTrue();
		assertThat(reFail.bans(false)).isFalse();
		assertThat(outcome("ev-6", EvaluationKind.RE_EVALUATION, "final", Grade.PASS).bans(true)).isFalse();
		assertThat(outcome("ev-1", EvaluationKind.FINAL, "final", Grade.FAIL).bans(true)).isTrue();
	}

	@Test
	void aFailingReEvaluationKeepsTheTrancheWithheld() {
		Contract contract = Contracts.signed();
		contract.applyEvaluation(outcome("ev-2", EvaluationKind.FINAL, "final", Grade.FAIL), ON);

		EvaluationApplied again = contract
			.applyEvaluation(outcome("ev-3", EvaluationKind.RE_EVALUATION, "final", Grade.FAIL), ON.plusMonths(2));

		assertThat(again.payment().orElseThrow().withheld()).isEqualTo(Money.ofYuan(186_000));
		assertThat(contract.payments().totalWithheld()).isEqualTo(Money.ofYuan(186_000));
	}

	@Test
	void aReEvaluationCorrectingAPassingGradeJudgesTheMilestoneAgainAndPaysNothing() {
		Contract contract = Contracts.signed();
		contract.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.GOOD), ON);

		EvaluationApplied corrected = contract
			.applyEvaluation(outcome("ev-1-re1", EvaluationKind.RE_EVALUATION, "mid-term", Grade.PASS), ON);

		assertThat(corrected.payment()).isEmpty();
		assertThat(contract.milestone("mid-term").orElseThrow().status()).isEqualTo(MilestoneStatus.PARTIALLY_MET);
		assertThat(contract.hasApplied("ev-1-re1")).isTrue();
	}

	@Test
	void aVerifiedRectificationReleasesWhatThePassHeldOnce() {
		Contract contract = Contracts.signed();
		contract.applyEvaluation(outcome("ev-1", EvaluationKind.MID_TERM, "mid-term", Grade.PASS), ON);

		PaymentRecord release = contract.releaseHeld("ev-1", ON.plusDays(30), ON.plusDays(31)).orElseThrow();

		assertThat(release.released()).isEqualTo(Money.ofYuan(13_950));
		assertThat(release.paymentId()).isEqualTo(contract.id() + "-pay-3");
		assertThat(contract.releaseHeld("ev-1", ON.plusDays(30), ON.plusDays(32))).isEmpty();
	}

	@Test
	void trancheAmountsAddUpToAnOddPriceExactly() {
		AgreedTerms terms = Contracts.draft().terms();
		AgreedTerms odd = new AgreedTerms(Money.ofFen(100_001), terms.term(), terms.schedule(), terms.targets(),
				terms.staffingRequirement());

		assertThat(odd.tranches().stream().map((t) -> t.amount()).reduce(Money.ZERO, Money::plus))
			.isEqualTo(Money.ofFen(100_001));
	}

	/** 合格 pays no mid-term tranche: the mid-term needs 良好. */
	private static PayoutPolicy strictPolicy() {
		EnumMap<Grade, GradePayout> byGrade = new EnumMap<>(PayoutPolicy.defaults().payoutByGrade());
		return new PayoutPolicy(byGrade, Grade.GOOD);
	}

}
