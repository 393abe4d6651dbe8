package cn.shegong.procurement.plan.application;

import org.springframework.stereotype.Service;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.plan.persistence.PurchasePlanStore;
import cn.shegong.procurement.plan.persistence.StoredPlan;

/**
 * Sets how much of a plan a project takes. The change is checked against the plan as the
 * officer read it: if someone allocated in between, the write is refused as stale rather
 * than overdrawing the budget on numbers the officer never saw.
 */
@Service
public class AllocateFromPlan {

	private final PurchasePlanStore plans;

	private final ReadPurchasePlans readPlans;

	AllocateFromPlan(PurchasePlanStore plans, ReadPurchasePlans readPlans) {
		this.plans = plans;
		this.readPlans = readPlans;
	}

	public StoredPlan allocate(Caller officer, String planId, String projectId, Money amount, long readVersion) {
		StoredPlan stored = this.readPlans.one(officer, planId);
		stored.plan().allocate(projectId, amount);
		return this.plans.update(stored.asReadAt(readVersion));
	}

}
