package cn.shegong.procurement.bidding.model;

/**
 * A tie between a review panel member and an agency that obliges the member to recuse
 * [NAT 财库〔2016〕198号]. Past work ties lapse after the look-back period; close family of
 * the legal representative never does.
 */
public enum DeclaredRelation {

	EMPLOYED("worked for", true), DIRECTOR("was a director of", true),
	SUPERVISOR_BOARD("sat on the supervisory board of", true), CONTROLLER("controlled", true),
	CLOSE_FAMILY_OF_LEGAL_REPRESENTATIVE("is close family of the legal representative of", false);

	private final String description;

	private final boolean lapses;

	DeclaredRelation(String description, boolean lapses) {
		this.description = description;
		this.lapses = lapses;
	}

	/** Reads as a verb phrase: "member X worked for agency Y". */
	public String description() {
		return this.description;
	}

	/** Whether the tie stops counting once it ended longer ago than the look-back. */
	public boolean lapses() {
		return this.lapses;
	}

}
