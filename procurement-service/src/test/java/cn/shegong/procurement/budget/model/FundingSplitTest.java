package cn.shegong.procurement.budget.model;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class FundingSplitTest {

	private final BudgetRules rules = BudgetRules.defaults();

	@Test
	void cityPaysFortyPercentOfTheActualSpendAndTheTownTheRest() {
		FundingSplit split = FundingSplit.of(Money.ofYuan(500_000), Money.ZERO, this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ofYuan(200_000), Money.ofYuan(300_000), false));
	}

	@Test
	void subsidyExactlyAtTheCapIsPaidInFullAndReachesTheCap() {
		FundingSplit split = FundingSplit.of(Money.ofYuan(750_000), Money.ZERO, this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ofYuan(300_000), Money.ofYuan(450_000), true));
	}

	@Test
	void subsidyOneFenBelowTheCapLeavesTheCapUnreached() {
		// 40% of 749,999.97 is 299,999.988, rounded half-up to 299,999.99.
		FundingSplit split = FundingSplit.of(Money.ofYuan("749999.97"), Money.ZERO, this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ofYuan("299999.99"), Money.ofYuan("449999.98"), false));
	}

	@Test
	void subsidyOneFenAboveTheCapIsCutToTheCapAndTheTownPaysTheFen() {
		// 40% of 750,000.02 is 300,000.008, rounded half-up to 300,000.01: one fen over.
		FundingSplit split = FundingSplit.of(Money.ofYuan("750000.02"), Money.ZERO, this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ofYuan(300_000), Money.ofYuan("450000.02"), true));
	}

	@Test
	void capLeftByEarlierProjectsOfTheTownThisYearIsAllTheCityPays() {
		FundingSplit split = FundingSplit.of(Money.ofYuan(200_000), Money.ofYuan(250_000), this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ofYuan(50_000), Money.ofYuan(150_000), true));
	}

	@Test
	void capAlreadyUsedUpMeansTheTownPaysEverything() {
		FundingSplit split = FundingSplit.of(Money.ofYuan("100000.01"), Money.ofYuan(300_000), this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ZERO, Money.ofYuan("100000.01"), true));
	}

	@Test
	void subsidyGrantedBeyondALoweredCapLeavesNothingRatherThanLess() {
		FundingSplit split = FundingSplit.of(Money.ofYuan(1_000), Money.ofYuan(400_000), this.rules);

		assertThat(split).isEqualTo(new FundingSplit(Money.ZERO, Money.ofYuan(1_000), true));
	}

	@Test
	void oddFenSplitsAddUpToTheActualSpendExactly() {
		FundingSplit split = FundingSplit.of(Money.ofFen(3), Money.ZERO, this.rules);

		assertThat(split.citySubsidy()).isEqualTo(Money.ofFen(1));
		assertThat(split.townShare()).isEqualTo(Money.ofFen(2));
		assertThat(split.actualSpend()).isEqualTo(Money.ofFen(3));
	}

	@Test
	void nothingSpentIsNothingSubsidised() {
		assertThat(FundingSplit.of(Money.ZERO, Money.ZERO, this.rules))
			.isEqualTo(new FundingSplit(Money.ZERO, Money.ZERO, false));
	}

	@Test
	void shareAndCapAreConfigurable() {
		BudgetRules halfUpToOneHundredThousand = Budgets.rulesWithSubsidy(5_000, Money.ofYuan(100_000));

		assertThat(FundingSplit.of(Money.ofYuan(150_000), Money.ZERO, halfUpToOneHundredThousand))
			.isEqualTo(new FundingSplit(Money.ofYuan(75_000), Money.ofYuan(75_000), false));
		assertThat(FundingSplit.of(Money.ofYuan(250_000), Money.ZERO, halfUpToOneHundredThousand))
			.isEqualTo(new FundingSplit(Money.ofYuan(100_000), Money.ofYuan(150_000), true));
	}

	@Test
	void negativeActualSpendIsRefused() {
		ProblemException refusal = refusalOf(() -> FundingSplit.of(Money.ofFen(-1), Money.ZERO, this.rules));

		assertThat(refusal.rule()).isEqualTo("invalid-funding-amount");
		assertThat(refusal).hasMessage("the actual spend ¥-0.01 is negative");
	}

	@Test
	void negativeSubsidyAlreadyGrantedIsRefused() {
		ProblemException refusal = refusalOf(() -> FundingSplit.of(Money.ofYuan(1), Money.ofYuan(-5), this.rules));

		assertThat(refusal.rule()).isEqualTo("invalid-funding-amount");
		assertThat(refusal).hasMessageContaining("¥-5.00");
	}

}
