package cn.shegong.procurement.payment.model;

/** What makes a tranche of the contract price payable. */
public enum TrancheTrigger {

	/** Paid when the contract is signed, whatever the later grades. */
	ON_SIGNING,
	/** Paid after the mid-term evaluation, by its grade. */
	AFTER_MIDTERM_GRADE,
	/** Paid after the final evaluation, by its grade. */
	AFTER_FINAL_GRADE

}
