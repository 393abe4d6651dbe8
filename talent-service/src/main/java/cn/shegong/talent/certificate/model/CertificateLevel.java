package cn.shegong.talent.certificate.model;

/** The national professional levels of social work, lowest first. */
public enum CertificateLevel {

	/** 助理社会工作师. */
	ASSISTANT("助理社会工作师"),
	/** 社会工作师. */
	INTERMEDIATE("社会工作师"),
	/** 高级社会工作师. */
	SENIOR("高级社会工作师");

	private final String title;

	CertificateLevel(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

}
