package cn.shegong.procurement.plan.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.plan.persistence.PurchasePlanStore;
import cn.shegong.procurement.plan.persistence.StoredPlan;

/**
 * Plans as a caller may see them. A plan outside the caller's jurisdiction is reported as
 * missing (404), not forbidden, so that its existence is not disclosed to other regions.
 */
@Service
public class ReadPurchasePlans {

	private final PurchasePlanStore plans;

	ReadPurchasePlans(PurchasePlanStore plans) {
		this.plans = plans;
	}

	/**
	 * Plans are few (one per buyer and year), so the jurisdiction filter runs here, with
	 * the region rules of the domain, rather than as a store query.
	 */
	public List<StoredPlan> visibleTo(Caller caller, Optional<Integer> year) {
		Jurisdiction jurisdiction = Jurisdiction.of(caller);
		return this.plans.ofYear(year).stream().filter((stored) -> jurisdiction.covers(stored.regionCode())).toList();
	}

	public StoredPlan one(Caller caller, String planId) {
		Jurisdiction jurisdiction = Jurisdiction.of(caller);
		return this.plans.find(planId)
			.filter((stored) -> jurisdiction.covers(stored.regionCode()))
			.orElseThrow(() -> ProblemException.notFound("plan-not-found",
					"There is no purchase plan " + planId + " in your region"));
	}

}
