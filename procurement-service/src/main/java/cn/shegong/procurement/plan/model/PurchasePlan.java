package cn.shegong.procurement.plan.model;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * A buyer's annual purchase plan (年度购买计划): the budget of one year, and how much of it
 * each project has taken. Projects can never take more than the plan holds.
 */
public final class PurchasePlan {

	private final String id;

	private final String buyerId;

	private final Year year;

	private final Money budget;

	private final Map<String, Money> allocations;

	public PurchasePlan(String id, String buyerId, Year year, Money budget, Map<String, Money> allocations) {
		if (!budget.isGreaterThan(Money.ZERO)) {
			throw ProblemException.ruleViolated("plan-budget-not-positive",
					"An annual purchase plan needs a positive budget, got " + budget);
		}
		this.id = id;
		this.buyerId = buyerId;
		this.year = year;
		this.budget = budget;
		this.allocations = new LinkedHashMap<>(allocations);
	}

	public static PurchasePlan open(String id, String buyerId, Year year, Money budget) {
		return new PurchasePlan(id, buyerId, year, budget, Map.of());
	}

	/** Sets (or changes) how much of the plan a project takes. */
	public void allocate(String projectId, Money amount) {
		if (!amount.isGreaterThan(Money.ZERO)) {
			throw ProblemException.ruleViolated("allocation-not-positive",
					"A project's allocation must be positive, got " + amount);
		}
		Money others = allocatedExcept(projectId);
		if (others.plus(amount).isGreaterThan(this.budget)) {
			throw ProblemException.ruleViolated("plan-budget-exceeded",
					"Allocating " + amount + " to " + projectId + " would exceed the " + this.year + " plan of "
							+ this.budget + " (" + others + " already allocated to other projects)");
		}
		this.allocations.put(projectId, amount);
	}

	public Money allocated() {
		return this.allocations.values().stream().reduce(Money.ZERO, Money::plus);
	}

	public Money remaining() {
		return this.budget.minus(allocated());
	}

	private Money allocatedExcept(String projectId) {
		return this.allocations.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(projectId))
			.map(Map.Entry::getValue)
			.reduce(Money.ZERO, Money::plus);
	}

	public String id() {
		return this.id;
	}

	public String buyerId() {
		return this.buyerId;
	}

	public Year year() {
		return this.year;
	}

	public Money budget() {
		return this.budget;
	}

	public Map<String, Money> allocations() {
		return Map.copyOf(this.allocations);
	}

}
