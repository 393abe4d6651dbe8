package cn.shegong.evaluation.event;

import java.util.List;

import cn.shegong.platform.event.EventType;

/**
 * The events evaluation-service publishes on {@code evaluation.events}, by stable name
 * and version, each keyed by evaluation id. Each has a JSON Schema of its data and an
 * example payload under {@code src/main/resources/events/}; consumers' tests read those
 * files, never these classes. None names a person: the panel is told by the usernames its
 * evaluators sign in with, never by their names.
 */
public final class EvaluationEvents {

	/** An evaluation was planned for a contract's milestone. */
	public static final EventType EVALUATION_SCHEDULED = EventType.of("evaluation.EvaluationScheduled", 1);

	/**
	 * Evaluators were assigned; talent and feedback open the evaluated contract's figures
	 * to them.
	 */
	public static final EventType EVALUATORS_ASSIGNED = EventType.of("evaluation.EvaluatorsAssigned", 1);

	/** The provisional grade (初评结果); the reply window opens. */
	public static final EventType EVALUATION_GRADED = EventType.of("evaluation.EvaluationGraded", 1);

	/** The grade became final; procurement pays, withholds or bans on it. */
	public static final EventType EVALUATION_FINALIZED = EventType.of("evaluation.EvaluationFinalized", 1);

	/** A final failing grade: the agency must rectify before a re-evaluation. */
	public static final EventType RECTIFICATION_REQUIRED = EventType.of("evaluation.RectificationRequired", 1);

	/**
	 * The buyer verified a rectification: procurement releases what a 合格 held, and a 不合格
	 * is graded again by a re-evaluation.
	 */
	public static final EventType RECTIFICATION_VERIFIED = EventType.of("evaluation.RectificationVerified", 1);

	public static final List<EventType> ALL = List.of(EVALUATION_SCHEDULED, EVALUATORS_ASSIGNED, EVALUATION_GRADED,
			EVALUATION_FINALIZED, RECTIFICATION_REQUIRED, RECTIFICATION_VERIFIED);

	private EvaluationEvents() {
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
