package cn.shegong.evaluation.figure.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a figure came from, shown to evaluators beside it: the event that carried it and
 * when it was measured (or, for an event that only names a day, when it occurred).
 */
public record FigureSource(String eventType, String eventId, Instant measuredAt) {

	/**
	 * The source type of a figure evaluation measures itself from an evaluation's
	 * callbacks; its id is the evaluation's.
	 */
	public static final String CALLBACKS = "evaluation.CallbackChecks";

	public FigureSource {
		Objects.requireNonNull(eventType, "eventType");
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(measuredAt, "measuredAt");
	}

	/** The callbacks of an evaluation, as their outcomes stood at the given instant. */
	public static FigureSource callbacks(String evaluationId, Instant recordedAt) {
		return new FigureSource(CALLBACKS, evaluationId, recordedAt);
	}

}
