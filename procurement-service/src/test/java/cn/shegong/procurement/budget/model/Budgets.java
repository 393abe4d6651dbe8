package cn.shegong.procurement.budget.model;

import java.util.List;

import cn.shegong.procurement.money.model.Money;

/** Project budgets for tests. */
final class Budgets {

	private Budgets() {
	}

	/** ¥500,000 with personnel at exactly 70%. */
	static ProjectBudget stationBudget() {
		return new ProjectBudget(List.of(BudgetLine.personnel(Money.ofYuan(350_000)),
				BudgetLine.activities(Money.ofYuan(100_000)), BudgetLine.management(Money.ofYuan(50_000))));
	}

	/** Personnel and activities only, amounts in yuan. */
	static ProjectBudget withPersonnel(String personnelYuan, String activitiesYuan) {
		return new ProjectBudget(List.of(BudgetLine.personnel(Money.ofYuan(personnelYuan)),
				BudgetLine.activities(Money.ofYuan(activitiesYuan))));
	}

	static BudgetRules rulesWithPersonnelLimit(int basisPoints) {
		BudgetRules defaults = BudgetRules.defaults();
		return new BudgetRules(basisPoints, defaults.citySubsidyBasisPoints(), defaults.citySubsidyCapPerTownPerYear(),
				defaults.salaryFloorBasisPointsOfAverageWage());
	}

	static BudgetRules rulesWithSubsidy(int basisPoints, Money capPerTownPerYear) {
		BudgetRules defaults = BudgetRules.defaults();
		return new BudgetRules(defaults.personnelShareLimitBasisPoints(), basisPoints, capPerTownPerYear,
				defaults.salaryFloorBasisPointsOfAverageWage());
	}

}
