package cn.shegong.feedback.event;

import java.util.List;

import cn.shegong.platform.event.EventType;

/**
 * The measure events feedback-service publishes on {@code feedback.events}, by stable
 * name and version. Each has a JSON Schema of its data and an example payload under
 * {@code src/main/resources/events/}; consumers' tests read those files, never these
 * classes. No personal data: responses are counted, never quoted.
 */
public final class MeasureEvents {

	/**
	 * A project's residents' satisfaction and awareness over a period, when the period
	 * closed or on demand; keyed by project id.
	 */
	public static final EventType SATISFACTION_MEASURED = EventType.of("feedback.SatisfactionMeasured", 1);

	public static final List<EventType> ALL = List.of(SATISFACTION_MEASURED);

	private MeasureEvents() {
	}

	/** Where the schema of a type's data lives in this service's resources. */
	public static String schemaPath(EventType type) {
		return "/events/" + type.name() + ".v" + type.version() + ".schema.json";
	}

	/** Where the example payload of a type lives in this service's resources. */
	public static String examplePath(EventType type) {
		return "/events/" + type.name() + ".v" + type.version() + ".example.json";
	}

}
