package cn.shegong.procurement.plan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.plan.model.PurchasePlan;
import cn.shegong.procurement.plan.persistence.StoredPlan;

/**
 * A plan as the API shows it. Every amount appears twice, as a yuan string with two
 * decimals for people and as integer fen for programs; never as a JSON float.
 */
record PlanResponse(String id, String buyerId, int year, String regionCode, String budgetYuan, long budgetFen,
		String allocatedYuan, long allocatedFen, String remainingYuan, long remainingFen,
		List<AllocationResponse> allocations, long version) {

	static PlanResponse of(StoredPlan stored) {
		PurchasePlan plan = stored.plan();
		List<AllocationResponse> allocations = plan.allocations()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.map((entry) -> new AllocationResponse(entry.getKey(), yuan(entry.getValue()), entry.getValue().fen()))
			.toList();
		return new PlanResponse(plan.id(), plan.buyerId(), plan.year().getValue(), stored.regionCode(),
				yuan(plan.budget()), plan.budget().fen(), yuan(plan.allocated()), plan.allocated().fen(),
				yuan(plan.remaining()), plan.remaining().fen(), allocations, stored.version());
	}

	private static String yuan(Money amount) {
		return amount.yuan().toPlainString();
	}

	record AllocationResponse(String projectId, String amountYuan, long amountFen) {
	}

}
