package cn.shegong.procurement.budget.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectBudgetTest {

	private final BudgetRules rules = BudgetRules.defaults();

	@Test
	void budgetTotalsItsLinesAndEachCategory() {
		ProjectBudget budget = new ProjectBudget(List.of(BudgetLine.personnel(Money.ofYuan("200000.01")),
				BudgetLine.personnel(Money.ofYuan(100_000)), BudgetLine.other(Money.ofYuan("0.02"))));

		assertThat(budget.total()).isEqualTo(Money.ofYuan("300000.03"));
		assertThat(budget.totalFor(BudgetCategory.PERSONNEL)).isEqualTo(Money.ofYuan("300000.01"));
		assertThat(budget.totalFor(BudgetCategory.MANAGEMENT)).isEqualTo(Money.ZERO);
	}

	@Test
	void personnelAtExactlySeventyPercentIsAccepted() {
		assertThat(Budgets.stationBudget().conformsTo(this.rules)).isTrue();
		assertThat(Budgets.stationBudget().requireConformsTo(this.rules)).isEqualTo(Budgets.stationBudget());
	}

	@Test
	void personnelOneFenBelowSeventyPercentIsAccepted() {
		assertThat(Budgets.withPersonnel("349999.99", "150000.01").conformsTo(this.rules)).isTrue();
	}

	@Test
	void personnelOneFenAboveSeventyPercentIsRefusedWithItsShareAndTheLimit() {
		ProjectBudget budget = Budgets.withPersonnel("350000.01", "150000.00");

		ProblemException refusal = refusalOf(() -> budget.requireConformsTo(this.rules));

		assertThat(refusal.rule()).isEqualTo("personnel-share-too-high");
		// 70.0000394…% is shown rounded up so it never reads as the limit it broke.
		assertThat(refusal)
			.hasMessage("personnel ¥350000.01 is 70.01% of the project budget ¥500000.01, above the limit of 70.00%");
	}

	@Test
	void allPersonnelBudgetIsRefusedAtOneHundredPercent() {
		ProblemException refusal = refusalOf(
				() -> ProjectBudget.of(this.rules, BudgetLine.personnel(Money.ofYuan(400_000))));

		assertThat(refusal.rule()).isEqualTo("personnel-share-too-high");
		assertThat(refusal).hasMessageContaining("100.00%").hasMessageContaining("70.00%");
	}

	@Test
	void budgetWithoutPersonnelConforms() {
		assertThat(ProjectBudget.of(this.rules, BudgetLine.activities(Money.ofYuan(80_000))).total())
			.isEqualTo(Money.ofYuan(80_000));
	}

	@Test
	void personnelLimitIsConfigurable() {
		BudgetRules sixtyPercent = Budgets.rulesWithPersonnelLimit(6_000);

		ProblemException refusal = refusalOf(() -> Budgets.stationBudget().requireConformsTo(sixtyPercent));

		assertThat(refusal).hasMessageContaining("70.00%").hasMessageContaining("limit of 60.00%");
		assertThat(Budgets.withPersonnel("60", "40").conformsTo(sixtyPercent)).isTrue();
	}

	@Test
	void emptyBudgetIsRefused() {
		ProblemException refusal = refusalOf(() -> new ProjectBudget(List.of()));

		assertThat(refusal.rule()).isEqualTo("invalid-budget-line");
		assertThat(refusal).hasMessageContaining("0 lines");
	}

	@Test
	void budgetOfOnlyZeroLinesIsRefused() {
		ProblemException refusal = refusalOf(() -> Budgets.withPersonnel("0", "0"));

		assertThat(refusal.rule()).isEqualTo("invalid-budget-line");
		assertThat(refusal).hasMessageContaining("2 lines totalling ¥0.00");
	}

	@Test
	void zeroLineBesideOthersIsAccepted() {
		assertThat(Budgets.withPersonnel("0", "100").total()).isEqualTo(Money.ofYuan(100));
	}

	@Test
	void negativeLineIsRefused() {
		ProblemException refusal = refusalOf(() -> BudgetLine.management(Money.ofFen(-1)));

		assertThat(refusal.rule()).isEqualTo("invalid-budget-line");
		assertThat(refusal).hasMessage("budget line MANAGEMENT has a negative amount ¥-0.01");
	}

}
