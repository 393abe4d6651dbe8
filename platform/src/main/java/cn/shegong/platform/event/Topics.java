package cn.shegong.platform.event;

import java.util.List;

/**
 * Every topic of the platform, declared once. Each service publishes to its own topic
 * only; a consumer reads another service's topic and keeps its own copy of what it needs.
 */
public final class Topics {

	public static final String PROCUREMENT = "procurement.events";

	public static final String EVALUATION = "evaluation.events";

	public static final String FEEDBACK = "feedback.events";

	public static final String TALENT = "talent.events";

	public static final List<String> ALL = List.of(PROCUREMENT, EVALUATION, FEEDBACK, TALENT);

	private Topics() {
	}

	/**
	 * The dead-letter topic of one consumer group reading one topic: a poison message
	 * that one consumer cannot handle is parked for that consumer only, and the partition
	 * moves on.
	 */
	public static String deadLetterOf(String topic, String consumerGroup) {
		return topic + "." + consumerGroup + ".dlt";
	}

}
