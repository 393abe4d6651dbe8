package cn.shegong.procurement.project.model;

/** The evaluation points of a contract [DOMAIN §4]. */
public enum MilestoneType {

	MID_TERM("中期评估"), FINAL("末期评估"), QUARTERLY_MONITORING("季度监测");

	private final String label;

	MilestoneType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
