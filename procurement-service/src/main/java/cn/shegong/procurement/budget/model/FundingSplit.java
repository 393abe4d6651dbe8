package cn.shegong.procurement.budget.model;

import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * Who pays a project's actual spend: the city subsidises a share of it, capped per town
 * per year, and the town pays the rest [SEED 003]. The two parts add up to the actual
 * spend exactly.
 *
 * @param citySubsidy what the city pays for this project
 * @param townShare what the town pays for this project
 * @param capReached whether, with this subsidy, the town has used up its yearly cap, so
 * that its further projects this year get no city subsidy
 */
public record FundingSplit(Money citySubsidy, Money townShare, boolean capReached) {

	public FundingSplit {
		Objects.requireNonNull(citySubsidy, "citySubsidy");
		Objects.requireNonNull(townShare, "townShare");
	}

	/**
	 * Splits the actual spend of one project. The cap is per town and year across
	 * projects, so the caller says how much subsidy the town has already been granted
	 * this year.
	 */
	public static FundingSplit of(Money actualSpend, Money subsidyAlreadyGrantedToThisTownThisYear, BudgetRules rules) {
		requireNotNegative("actual spend", actualSpend);
		requireNotNegative("subsidy already granted this year", subsidyAlreadyGrantedToThisTownThisYear);
		Money cap = rules.citySubsidyCapPerTownPerYear();
		// A cap lowered during the year may already be exceeded: nothing is left, not
		// less.
		Money leftUnderCap = cap.isGreaterThan(subsidyAlreadyGrantedToThisTownThisYear)
				? cap.minus(subsidyAlreadyGrantedToThisTownThisYear) : Money.ZERO;
		Money citySubsidy = actualSpend.share(rules.citySubsidyBasisPoints()).min(leftUnderCap);
		boolean capReached = !cap.isGreaterThan(subsidyAlreadyGrantedToThisTownThisYear.plus(citySubsidy));
		return new FundingSplit(citySubsidy, actualSpend.minus(citySubsidy), capReached);
	}

	public Money actualSpend() {
		return this.citySubsidy.plus(this.townShare);
	}

	private static void requireNotNegative(String name, Money amount) {
		Objects.requireNonNull(amount, name);
		if (amount.isNegative()) {
			throw ProblemException.ruleViolated("invalid-funding-amount",
					"the %s %s is negative".formatted(name, amount), name, amount);
		}
	}

}
