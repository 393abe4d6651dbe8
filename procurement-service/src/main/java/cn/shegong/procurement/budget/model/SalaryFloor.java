package cn.shegong.procurement.budget.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * The least a full-time social worker on a project is paid per month: a multiple of the
 * local average monthly wage [SEED 003: ≥ 1.2 × the local average wage]. The average wage
 * is a figure each city publishes, so it has no default.
 *
 * @param localAverageMonthlyWage the city's published average monthly wage
 * @param basisPointsOfAverageWage the floor as a share of that wage (12000 = 1.2 ×)
 */
public record SalaryFloor(Money localAverageMonthlyWage, int basisPointsOfAverageWage) {

	public SalaryFloor {
		Objects.requireNonNull(localAverageMonthlyWage, "localAverageMonthlyWage");
		if (localAverageMonthlyWage.fen() <= 0 || basisPointsOfAverageWage <= 0) {
			throw ProblemException.ruleViolated("invalid-salary-floor",
					"the local average monthly wage %s and the floor %s%% of it must be positive"
						.formatted(localAverageMonthlyWage, BudgetRules.percent(basisPointsOfAverageWage)),
					localAverageMonthlyWage, basisPointsOfAverageWage);
		}
	}

	public static SalaryFloor of(Money localAverageMonthlyWage, BudgetRules rules) {
		return new SalaryFloor(localAverageMonthlyWage, rules.salaryFloorBasisPointsOfAverageWage());
	}

	/**
	 * The smallest whole-fen monthly salary that meets the floor. Rounded up, because a
	 * salary a fraction of a fen below 1.2 × the average is below the floor.
	 */
	public Money minimumMonthlySalary() {
		return Money.ofFen(BigDecimal.valueOf(this.localAverageMonthlyWage.fen())
			.multiply(BigDecimal.valueOf(this.basisPointsOfAverageWage))
			.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.CEILING)
			.longValueExact());
	}

	public boolean isMetBy(Money monthlySalary) {
		return Objects.requireNonNull(monthlySalary, "monthlySalary").compareTo(minimumMonthlySalary()) >= 0;
	}

	/** Refuses a full-time monthly salary below the floor. */
	public void check(Money monthlySalary) {
		if (!isMetBy(monthlySalary)) {
			throw ProblemException.ruleViolated("salary-below-floor",
					"monthly salary %s is below the floor %s (%s%% of the local average wage %s)".formatted(
							monthlySalary, minimumMonthlySalary(), BudgetRules.percent(this.basisPointsOfAverageWage),
							this.localAverageMonthlyWage),
					monthlySalary, minimumMonthlySalary(), BudgetRules.percent(this.basisPointsOfAverageWage),
					this.localAverageMonthlyWage);
		}
	}

}
