package cn.shegong.feedback.survey.model;

/**
 * The five things a resident who knows the station knows about it (知晓度, DOMAIN.md §5),
 * each asked as yes/no, with the wording version 1 of the survey asks it in.
 */
public enum AwarenessItem {

	STATION_ADDRESS("您知道社工站的地址吗？"),

	SERVICES("您知道社工站提供哪些服务吗？"),

	STAFF("您认识社工站的社工吗？"),

	HOW_TO_ASK_FOR_HELP("您知道遇到困难时如何向社工站求助吗？"),

	FUNDER("您知道社工站由政府出资购买服务吗？");

	private final String defaultWording;

	AwarenessItem(String defaultWording) {
		this.defaultWording = defaultWording;
	}

	public String defaultWording() {
		return this.defaultWording;
	}

}
