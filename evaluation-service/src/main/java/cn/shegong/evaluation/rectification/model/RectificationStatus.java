package cn.shegong.evaluation.rectification.model;

/** Where a rectification (整改) stands [DOMAIN §6]. */
public enum RectificationStatus {

	/** Opened by a final grade; the agency owes a report, again after a return. */
	REQUIRED,
	/** The agency reported; the buyer verifies it or returns it. */
	SUBMITTED,
	/** The buyer verified the rectification: nothing more changes. */
	VERIFIED

}
