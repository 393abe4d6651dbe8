package cn.shegong.talent.appraisal.model;

/**
 * Who rates a social worker in the 360-degree annual appraisal [SEED 004].
 */
public enum AppraisalSource {

	SELF("自评"), CLIENTS("服务对象评价"), PEERS("同事互评"), SUPERVISOR("督导评价");

	private final String chineseName;

	AppraisalSource(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
