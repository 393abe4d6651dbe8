package cn.shegong.procurement.tender.model;

/**
 * How a buyer chooses the agency [NAT 政府采购法 arts 26–31; 财库〔2014〕214号].
 */
public enum ProcurementMethod {

	OPEN_TENDER("公开招标"),

	INVITED_TENDER("邀请招标"),

	COMPETITIVE_NEGOTIATION("竞争性谈判"),

	/** Explicitly allowed for purchased services; may proceed with fewer suppliers. */
	COMPETITIVE_CONSULTATION("竞争性磋商"),

	SINGLE_SOURCE("单一来源");

	private final String chineseName;

	ProcurementMethod(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
