package cn.shegong.evaluation.figure.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a figure came from, shown to evaluators beside it: the event that carried it and
 * when it was measured (or, for an event that only names a day, when it occurred).
 */
public record FigureSource(String eventType, String eventId, Instant measuredAt) {

	public FigureSource {
		Objects.requireNonNull(eventType, "eventType");
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(measuredAt, "measuredAt");
	}

}
