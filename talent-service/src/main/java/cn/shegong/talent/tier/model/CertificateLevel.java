package cn.shegong.talent.tier.model;

/**
 * The national social-work qualification a worker holds [NAT], lowest first; {@code NONE}
 * for uncertified staff (辅助人员). The tier rules' own view of a certificate: they need only
 * the level of a registration valid on the day of the decision.
 */
public enum CertificateLevel {

	NONE("无证书"), ASSISTANT("助理社会工作师"), INTERMEDIATE("社会工作师"), SENIOR("高级社会工作师");

	private final String chineseName;

	CertificateLevel(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public boolean isAtLeast(CertificateLevel other) {
		return ordinal() >= other.ordinal();
	}

}
