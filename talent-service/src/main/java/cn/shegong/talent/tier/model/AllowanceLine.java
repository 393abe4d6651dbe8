package cn.shegong.talent.tier.model;

/**
 * One worker's allowance in a month: the tier's full monthly amount and what is due after
 * FTE and days employed.
 */
public record AllowanceLine(AllowanceEntitlement entitlement, Money monthlyAllowance, Money due) {

	public String workerId() {
		return this.entitlement.workerId();
	}

}
