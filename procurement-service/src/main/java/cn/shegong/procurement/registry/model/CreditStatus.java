package cn.shegong.procurement.registry.model;

/**
 * An agency's standing in the public credit record (信用中国 and the local lists).
 */
public enum CreditStatus {

	/** No adverse record. */
	GOOD,
	/** 警示: a warning is on record; it is published but does not stop bidding. */
	WARNED,
	/** 失信名单: listed as dishonest; government procurement is closed to it. */
	DISHONEST;

	public boolean blocksBidding() {
		return this == DISHONEST;
	}

}
