package cn.shegong.procurement.budget.model;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetRulesTest {

	@Test
	void defaultsAreThoseOfSeed003() {
		assertThat(BudgetRules.defaults()).isEqualTo(new BudgetRules(7_000, 4_000, Money.ofYuan(300_000), 12_000));
	}

	@Test
	void personnelLimitAboveOneHundredPercentIsRefused() {
		ProblemException refusal = refusalOf(() -> Budgets.rulesWithPersonnelLimit(10_001));

		assertThat(refusal.rule()).isEqualTo("invalid-budget-rules");
		assertThat(refusal).hasMessage("the personnel share limit 100.01% is outside 0.01%–100.00%");
	}

	@Test
	void personnelLimitOfZeroIsRefusedButOneHundredPercentIsAllowed() {
		assertThat(refusalOf(() -> Budgets.rulesWithPersonnelLimit(0)).rule()).isEqualTo("invalid-budget-rules");
		assertThat(Budgets.rulesWithPersonnelLimit(10_000).personnelShareLimitBasisPoints()).isEqualTo(10_000);
	}

	@Test
	void negativeSubsidyShareIsRefusedButNoSubsidyIsAllowed() {
		assertThat(refusalOf(() -> Budgets.rulesWithSubsidy(-1, Money.ZERO)).rule()).isEqualTo("invalid-budget-rules");
		assertThat(Budgets.rulesWithSubsidy(0, Money.ZERO).citySubsidyBasisPoints()).isZero();
	}

	@Test
	void negativeSubsidyCapIsRefused() {
		ProblemException refusal = refusalOf(() -> Budgets.rulesWithSubsidy(4_000, Money.ofFen(-1)));

		assertThat(refusal).hasMessageContaining("¥-0.01 is negative");
	}

	@Test
	void salaryFloorOfZeroTimesTheAverageIsRefused() {
		ProblemException refusal = refusalOf(() -> new BudgetRules(7_000, 4_000, Money.ofYuan(300_000), 0));

		assertThat(refusal.rule()).isEqualTo("invalid-budget-rules");
		assertThat(refusal).hasMessageContaining("0.00%");
	}

}
