package cn.shegong.procurement.budget.model;

import java.math.BigDecimal;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * The budget numbers a city configures. Shares are basis points (10000 = 100%). The
 * defaults are those of DOMAIN.md §3 [SEED 003]; none of them is a constant of the rules.
 *
 * @param personnelShareLimitBasisPoints the most of a project budget personnel may take
 * @param citySubsidyBasisPoints the share of a project's actual spend the city pays
 * @param citySubsidyCapPerTownPerYear the most the city pays one town in one year, across
 * all its projects
 * @param salaryFloorBasisPointsOfAverageWage the least a full-time social worker earns,
 * as a share of the local average wage (12000 = 1.2 ×)
 */
public record BudgetRules(int personnelShareLimitBasisPoints, int citySubsidyBasisPoints,
		Money citySubsidyCapPerTownPerYear, int salaryFloorBasisPointsOfAverageWage) {

	private static final int WHOLE = 10_000;

	public BudgetRules {
		requireShare("personnel share limit", personnelShareLimitBasisPoints, 1);
		requireShare("city subsidy share", citySubsidyBasisPoints, 0);
		Objects.requireNonNull(citySubsidyCapPerTownPerYear, "citySubsidyCapPerTownPerYear");
		if (citySubsidyCapPerTownPerYear.isNegative()) {
			throw invalid(
					"the city subsidy cap per town per year %s is negative".formatted(citySubsidyCapPerTownPerYear),
					citySubsidyCapPerTownPerYear);
		}
		if (salaryFloorBasisPointsOfAverageWage <= 0) {
			throw invalid("the salary floor %s%% of the local average wage must be positive"
				.formatted(percent(salaryFloorBasisPointsOfAverageWage)), salaryFloorBasisPointsOfAverageWage);
		}
	}

	/** Personnel ≤ 70%, city subsidy 40% capped at ¥300,000, salary ≥ 1.2 × average. */
	public static BudgetRules defaults() {
		return new BudgetRules(7_000, 4_000, Money.ofYuan(300_000), 12_000);
	}

	static BigDecimal percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2);
	}

	private static void requireShare(String name, int basisPoints, int least) {
		if (basisPoints < least || basisPoints > WHOLE) {
			throw invalid("the %s %s%% is outside %s%%–100.00%%".formatted(name, percent(basisPoints), percent(least)),
					name, basisPoints);
		}
	}

	private static ProblemException invalid(String detail, Object... arguments) {
		return ProblemException.ruleViolated("invalid-budget-rules", detail, arguments);
	}

}
