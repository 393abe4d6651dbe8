package cn.shegong.procurement.plan.application;

import java.time.Year;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.plan.model.PurchasePlan;
import cn.shegong.procurement.plan.persistence.PurchasePlanStore;
import cn.shegong.procurement.plan.persistence.StoredPlan;

/**
 * Opens a buyer's annual purchase plan in the officer's own region. The region comes from
 * the officer's token, never from the request.
 */
@Service
public class OpenPurchasePlan {

	private final PurchasePlanStore plans;

	OpenPurchasePlan(PurchasePlanStore plans) {
		this.plans = plans;
	}

	public StoredPlan open(Caller officer, String buyerId, Year year, Money budget) {
		String regionCode = Jurisdiction.regionOf(officer).code();
		PurchasePlan plan = PurchasePlan.open("plan-" + UUID.randomUUID(), buyerId, year, budget);
		return this.plans.insert(plan, regionCode);
	}

}
