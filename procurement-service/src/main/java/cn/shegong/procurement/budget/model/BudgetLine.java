package cn.shegong.procurement.budget.model;

import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * One line of a project budget: an amount for a category. A line may be zero (a category
 * the project does not spend on) but never negative.
 */
public record BudgetLine(BudgetCategory category, Money amount) {

	public BudgetLine {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(amount, "amount");
		if (amount.isNegative()) {
			throw ProblemException.ruleViolated("invalid-budget-line",
					"budget line %s has a negative amount %s".formatted(category, amount), category, amount);
		}
	}

	public static BudgetLine personnel(Money amount) {
		return new BudgetLine(BudgetCategory.PERSONNEL, amount);
	}

	public static BudgetLine activities(Money amount) {
		return new BudgetLine(BudgetCategory.ACTIVITIES, amount);
	}

	public static BudgetLine management(Money amount) {
		return new BudgetLine(BudgetCategory.MANAGEMENT, amount);
	}

	public static BudgetLine other(Money amount) {
		return new BudgetLine(BudgetCategory.OTHER, amount);
	}

}
