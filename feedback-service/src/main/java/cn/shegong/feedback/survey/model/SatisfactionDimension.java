package cn.shegong.feedback.survey.model;

/**
 * The seven things residents rate a station on (DOMAIN.md §5, seed 000), each a Likert
 * question from 1 (very dissatisfied) to 5 (very satisfied), with the wording version 1
 * of the survey asks it in.
 */
public enum SatisfactionDimension {

	EFFICIENCY("办事效率", "您对站点社工的办事效率满意吗？"),

	ATTITUDE("服务态度", "您对站点社工的服务态度满意吗？"),

	LIFE_IMPROVEMENT("生活改善", "站点的服务让您的生活得到改善了吗？"),

	ACTIVITY_ORGANISATION("活动组织", "您对站点组织的活动满意吗？"),

	FACILITIES("服务设施", "您对站点的服务场地和设施满意吗？"),

	COMPLAINT_INTAKE("投诉受理", "您对站点受理投诉和意见的方式满意吗？"),

	COMPLAINT_FOLLOW_UP("投诉反馈", "您对站点就投诉和意见给出的反馈满意吗？");

	/** The lowest and highest answer on the scale. */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	private final String label;

	private final String defaultWording;

	SatisfactionDimension(String label, String defaultWording) {
		this.label = label;
		this.defaultWording = defaultWording;
	}

	public String label() {
		return this.label;
	}

	public String defaultWording() {
		return this.defaultWording;
	}

	/** Whether an answer counts as satisfied: 4 (satisfied) or 5 (very satisfied). */
	public static boolean isSatisfied(int answer) {
		return answer >= 4;
	}

}
