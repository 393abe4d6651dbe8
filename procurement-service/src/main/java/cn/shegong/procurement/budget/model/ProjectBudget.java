package cn.shegong.procurement.budget.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * The budget of one project, as lines by category. It always has something to spend: a
 * budget without lines or with a total of zero is refused. Whether its split is
 * acceptable depends on the city's {@link BudgetRules}, so that is checked against them.
 */
public record ProjectBudget(List<BudgetLine> lines) {

	public ProjectBudget {
		lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
		if (lines.isEmpty() || sum(lines).fen() == 0) {
			throw ProblemException.ruleViolated("invalid-budget-line",
					"a project budget needs at least one line with a positive amount, got %d lines totalling %s"
						.formatted(lines.size(), sum(lines)),
					lines.size(), sum(lines));
		}
	}

	/** A budget that already conforms to the rules, or the refusal saying why not. */
	public static ProjectBudget of(BudgetRules rules, BudgetLine... lines) {
		return new ProjectBudget(List.of(lines)).requireConformsTo(rules);
	}

	public Money total() {
		return sum(this.lines);
	}

	public Money totalFor(BudgetCategory category) {
		return sum(this.lines.stream().filter((line) -> line.category() == category).toList());
	}

	public boolean conformsTo(BudgetRules rules) {
		// Compared exactly: a share that merely rounds to the limit is still above it.
		BigDecimal personnel = BigDecimal.valueOf(totalFor(BudgetCategory.PERSONNEL).fen()).scaleByPowerOfTen(4);
		BigDecimal limit = BigDecimal.valueOf(total().fen())
			.multiply(BigDecimal.valueOf(rules.personnelShareLimitBasisPoints()));
		return personnel.compareTo(limit) <= 0;
	}

	/**
	 * This budget when personnel stays within the city's share of the total [SEED 003:
	 * personnel ≤ 70%, activities and management about 30%].
	 */
	public ProjectBudget requireConformsTo(BudgetRules rules) {
		if (!conformsTo(rules)) {
			BigDecimal share = personnelSharePercentRoundedUp();
			BigDecimal limit = BudgetRules.percent(rules.personnelShareLimitBasisPoints());
			throw ProblemException.ruleViolated("personnel-share-too-high",
					"personnel %s is %s%% of the project budget %s, above the limit of %s%%"
						.formatted(totalFor(BudgetCategory.PERSONNEL), share, total(), limit),
					share, limit, totalFor(BudgetCategory.PERSONNEL), total());
		}
		return this;
	}

	// Rounded up so that a share refused for being above the limit never prints as the
	// limit itself (70.001% shows as 70.01%, not 70.00%).
	private BigDecimal personnelSharePercentRoundedUp() {
		return BigDecimal.valueOf(totalFor(BudgetCategory.PERSONNEL).fen())
			.scaleByPowerOfTen(2)
			.divide(BigDecimal.valueOf(total().fen()), 2, RoundingMode.UP);
	}

	private static Money sum(List<BudgetLine> lines) {
		return lines.stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
	}

}
