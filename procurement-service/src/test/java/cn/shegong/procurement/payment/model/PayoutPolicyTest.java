package cn.shegong.procurement.payment.model;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class PayoutPolicyTest {

	private static final Money TRANCHE = Money.ofYuan(144_000);

	private final PayoutPolicy policy = PayoutPolicy.defaults();

	@ParameterizedTest
	@EnumSource(names = { "EXCELLENT", "GOOD" })
	void excellentAndGoodReleaseTheWholeTranche(Grade grade) {
		Payout payout = this.policy.payoutFor(grade, TRANCHE);

		assertThat(payout.released()).isEqualTo(TRANCHE);
		assertThat(payout.held()).isEqualTo(Money.ZERO);
		assertThat(payout.withheld()).isEqualTo(Money.ZERO);
		assertThat(payout.reason()).isEqualTo("grade " + grade.label() + " (" + grade + "): 100.00% released");
	}

	@Test
	void passReleasesNinetyPercentAndHoldsTenUntilRectification() {
		Payout payout = this.policy.payoutFor(Grade.PASS, TRANCHE);

		assertThat(payout).isEqualTo(new Payout(Money.ofYuan(129_600), Money.ofYuan(14_400), Money.ZERO,
				"grade 合格 (PASS): 90.00% released, 10.00% held until rectification is verified"));
	}

	@Test
	void passOfAnOddNumberOfFenHoldsTheFractionOfAFen() {
		// 90% of 12,345 fen is 11,110.5: 11,110 released, 1,235 held.
		Payout payout = this.policy.payoutFor(Grade.PASS, Money.ofFen(12_345));

		assertThat(payout.released()).isEqualTo(Money.ofFen(11_110));
		assertThat(payout.held()).isEqualTo(Money.ofFen(1_235));
		assertThat(payout.trancheAmount()).isEqualTo(Money.ofFen(12_345));
	}

	@Test
	void passOfOneFenHoldsThatFen() {
		assertThat(this.policy.payoutFor(Grade.PASS, Money.ofFen(1)))
			.extracting(Payout::released, Payout::held, Payout::withheld)
			.containsExactly(Money.ZERO, Money.ofFen(1), Money.ZERO);
	}

	@Test
	void failWithholdsTheWholeTrancheUntilAReEvaluationPasses() {
		Payout payout = this.policy.payoutFor(Grade.FAIL, TRANCHE);

		assertThat(payout).isEqualTo(new Payout(Money.ZERO, Money.ZERO, TRANCHE,
				"grade 不合格 (FAIL): 100.00% withheld until a re-evaluation passes"));
	}

	@ParameterizedTest
	@EnumSource(Grade.class)
	void vetoPaysAsFailWhateverTheGrade(Grade grade) {
		Payout payout = this.policy.payoutFor(grade, true, TRANCHE);

		assertThat(payout.withheld()).isEqualTo(TRANCHE);
		assertThat(payout.reason()).startsWith("finance check failed (veto), paid as 不合格 (FAIL)");
	}

	@Test
	void withoutVetoTheGradeDecides() {
		assertThat(this.policy.payoutFor(Grade.GOOD, false, TRANCHE).released()).isEqualTo(TRANCHE);
	}

	@Test
	void signingTrancheIsReleasedInFull() {
		assertThat(this.policy.payoutOnSigning(Money.ofYuan("144000.01")))
			.isEqualTo(new Payout(Money.ofYuan("144000.01"), Money.ZERO, Money.ZERO, "paid on signing"));
	}

	@Test
	void midTermPassPaysAsThePassGrade() {
		assertThat(this.policy.payoutForMidTerm(Grade.PASS, false, TRANCHE))
			.isEqualTo(this.policy.payoutFor(Grade.PASS, TRANCHE));
	}

	@Test
	void midTermFailWithholdsTheWholeTranche() {
		Payout payout = this.policy.payoutForMidTerm(Grade.FAIL, false, TRANCHE);

		assertThat(payout).isEqualTo(new Payout(Money.ZERO, Money.ZERO, TRANCHE,
				"mid-term grade 不合格 (FAIL), below 合格 (PASS): 100.00% withheld until a re-evaluation passes"));
	}

	@Test
	void midTermVetoWithholdsTheWholeTrancheEvenAfterAnExcellentGrade() {
		Payout payout = this.policy.payoutForMidTerm(Grade.EXCELLENT, true, TRANCHE);

		assertThat(payout.withheld()).isEqualTo(TRANCHE);
		assertThat(payout.reason()).startsWith("finance check failed (veto), mid-term paid as 不合格 (FAIL)");
	}

	@Test
	void midTermFailIsWithheldEvenWhenTheContractLetsAFinalFailReleaseHalf() {
		PayoutPolicy lenient = Schedules.lenientPolicy();

		assertThat(lenient.payoutFor(Grade.FAIL, TRANCHE).released()).isEqualTo(Money.ofYuan(72_000));
		assertThat(lenient.payoutForMidTerm(Grade.FAIL, false, TRANCHE).withheld()).isEqualTo(TRANCHE);
	}

	@Test
	void leastMidTermGradeIsConfigurable() {
		PayoutPolicy lenient = Schedules.lenientPolicy();

		assertThat(lenient.payoutForMidTerm(Grade.PASS, false, TRANCHE).withheld()).isEqualTo(TRANCHE);
		assertThat(lenient.payoutForMidTerm(Grade.GOOD, false, TRANCHE).released()).isEqualTo(TRANCHE);
	}

	@Test
	void configuredThreeWaySplitOfAnOddAmountAddsUpExactly() {
		// 60% of 7 fen is 4.2 and 20% is 1.4: 4 released, 1 held, the remaining 2
		// withheld.
		Payout payout = Schedules.lenientPolicy().payoutFor(Grade.PASS, Money.ofFen(7));

		assertThat(payout).extracting(Payout::released, Payout::held, Payout::withheld)
			.containsExactly(Money.ofFen(4), Money.ofFen(1), Money.ofFen(2));
		assertThat(payout.reason()).isEqualTo("grade 合格 (PASS): 60.00% released, "
				+ "20.00% held until rectification is verified, 20.00% withheld until a re-evaluation passes");
	}

	@Test
	void withheldAmountIsPaidByTheReEvaluationGrade() {
		Payout failed = this.policy.payoutFor(Grade.FAIL, Money.ofYuan("192000.01"));

		Payout reEvaluated = this.policy.payoutFor(Grade.PASS, failed.withheld());

		assertThat(reEvaluated.released()).isEqualTo(Money.ofYuan("172800.00"));
		assertThat(reEvaluated.held()).isEqualTo(Money.ofYuan("19200.01"));
	}

	@Test
	void negativeTrancheAmountIsRefused() {
		ProblemException refusal = refusalOf(() -> this.policy.payoutFor(Grade.GOOD, Money.ofFen(-1)));

		assertThat(refusal.rule()).isEqualTo("invalid-tranche-amount");
		assertThat(refusal).hasMessage("the tranche amount ¥-0.01 is negative");
	}

	@Test
	void policyThatSaysNothingAboutAGradeIsRefused() {
		ProblemException refusal = refusalOf(
				() -> new PayoutPolicy(Map.of(Grade.EXCELLENT, GradePayout.releaseAll()), Grade.PASS));

		assertThat(refusal.rule()).isEqualTo("invalid-payout-policy");
		assertThat(refusal).hasMessageContaining("良好 (GOOD)");
	}

	@Test
	void gradePayoutAboveOneHundredPercentIsRefused() {
		ProblemException refusal = refusalOf(() -> new GradePayout(9_000, 1_001));

		assertThat(refusal.rule()).isEqualTo("invalid-payout-policy");
		assertThat(refusal).hasMessageContaining("90.00%").hasMessageContaining("10.01%");
	}

	@Test
	void negativeGradePayoutShareIsRefused() {
		assertThat(refusalOf(() -> new GradePayout(-1, 0)).rule()).isEqualTo("invalid-payout-policy");
	}

}
