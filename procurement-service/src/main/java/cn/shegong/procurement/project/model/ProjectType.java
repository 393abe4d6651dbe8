package cn.shegong.procurement.project.model;

/** The "123X" project model of township stations [SEED 003]. */
public enum ProjectType {

	/** 1: the core project every station runs. */
	CORE("核心项目"),
	/** 2: brand projects the station builds its name on. */
	BRAND("品牌项目"),
	/** 3: basic services. */
	BASIC("基础项目"),
	/** X: optional projects chosen by local need. */
	OPTIONAL("自选项目");

	private final String label;

	ProjectType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
