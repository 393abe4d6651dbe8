package cn.shegong.procurement.plan.persistence;

import cn.shegong.procurement.plan.model.PurchasePlan;

/**
 * A plan as read from the store: the domain plan, the region of the buyer who owns it,
 * and the version a change must name to be accepted.
 */
public record StoredPlan(PurchasePlan plan, String regionCode, long version) {

	/**
	 * The same plan as the caller last read it, so that saving it detects a later write.
	 */
	public StoredPlan asReadAt(long readVersion) {
		return new StoredPlan(this.plan, this.regionCode, readVersion);
	}

}
