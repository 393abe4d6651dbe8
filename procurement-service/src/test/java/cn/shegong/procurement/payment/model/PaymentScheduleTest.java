package cn.shegong.procurement.payment.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PaymentScheduleTest {

	@Test
	void defaultScheduleIsThirtyOnSigningThirtyAfterMidTermFortyAfterFinal() {
		assertThat(PaymentSchedule.defaults().tranches()).extracting(Tranche::shareBasisPoints, Tranche::trigger)
			.containsExactly(tuple(3_000, TrancheTrigger.ON_SIGNING), tuple(3_000, TrancheTrigger.AFTER_MIDTERM_GRADE),
					tuple(4_000, TrancheTrigger.AFTER_FINAL_GRADE));
	}

	@Test
	void contractOf480000Yuan01IsSplitThirtyThirtyFortyWithTheFenInTheLastTranche() {
		List<Money> amounts = Schedules.amounts(PaymentSchedule.defaults(), Money.ofYuan("480000.01"));

		assertThat(amounts).containsExactly(Money.ofYuan(144_000), Money.ofYuan(144_000), Money.ofYuan("192000.01"));
	}

	@Test
	void halfFenOfAnEarlyTrancheIsNotPaidAheadButLeftToTheLast() {
		// 30% of 100.05 is 30.015: the early tranches pay 30.01 and the last 40.03.
		List<Money> amounts = Schedules.amounts(PaymentSchedule.defaults(), Money.ofYuan("100.05"));

		assertThat(amounts).containsExactly(Money.ofYuan("30.01"), Money.ofYuan("30.01"), Money.ofYuan("40.03"));
		assertThat(Schedules.sum(amounts)).isEqualTo(Money.ofYuan("100.05"));
	}

	@Test
	void thirdsOfAHundredYuanAddUpToAHundredYuan() {
		List<Money> amounts = Schedules.amounts(Schedules.withShares(3_333, 3_333, 3_334), Money.ofYuan(100));

		assertThat(amounts).containsExactly(Money.ofYuan("33.33"), Money.ofYuan("33.33"), Money.ofYuan("33.34"));
	}

	@Test
	void tinyPriceNeverMakesTheLastTrancheNegative() {
		List<Money> amounts = Schedules.amounts(Schedules.withShares(2_500, 2_500, 2_500, 2_500), Money.ofFen(2));

		assertThat(amounts).containsExactly(Money.ZERO, Money.ZERO, Money.ZERO, Money.ofFen(2));
	}

	@Test
	void singleTrancheTakesTheWholePrice() {
		assertThat(Schedules.amounts(Schedules.withShares(10_000), Money.ofYuan("0.07")))
			.containsExactly(Money.ofYuan("0.07"));
	}

	@Test
	void amountsKeepTheirTranches() {
		assertThat(PaymentSchedule.defaults().amountsFor(Money.ofYuan(100))).extracting(TrancheAmount::tranche)
			.containsExactlyElementsOf(PaymentSchedule.defaults().tranches());
	}

	@Test
	void sharesSummingToOneBasisPointBelowOneHundredPercentAreRefused() {
		ProblemException refusal = refusalOf(() -> Schedules.withShares(3_000, 3_000, 3_999));

		assertThat(refusal.rule()).isEqualTo("tranche-shares-do-not-sum-to-100");
		assertThat(refusal).hasMessage("the 3 tranche shares sum to 99.99%, they must sum to exactly 100.00%");
	}

	@Test
	void sharesSummingToOneBasisPointAboveOneHundredPercentAreRefused() {
		assertThat(refusalOf(() -> Schedules.withShares(3_000, 3_000, 4_001))).hasMessageContaining("100.01%");
	}

	@Test
	void scheduleWithoutTranchesIsRefused() {
		assertThat(refusalOf(() -> new PaymentSchedule(List.of())).rule())
			.isEqualTo("tranche-shares-do-not-sum-to-100");
	}

	@Test
	void trancheOfZeroShareIsRefused() {
		ProblemException refusal = refusalOf(() -> new Tranche("中期款", 0, TrancheTrigger.AFTER_MIDTERM_GRADE));

		assertThat(refusal.rule()).isEqualTo("invalid-tranche");
		assertThat(refusal).hasMessageContaining("got 0.00%");
	}

	@Test
	void trancheWithoutANameIsRefused() {
		assertThat(refusalOf(() -> new Tranche(" ", 3_000, TrancheTrigger.ON_SIGNING)).rule())
			.isEqualTo("invalid-tranche");
	}

	@Test
	void negativeContractPriceIsRefused() {
		ProblemException refusal = refusalOf(() -> PaymentSchedule.defaults().amountsFor(Money.ofFen(-1)));

		assertThat(refusal.rule()).isEqualTo("invalid-contract-price");
		assertThat(refusal).hasMessage("the contract price ¥-0.01 is negative");
	}

}
