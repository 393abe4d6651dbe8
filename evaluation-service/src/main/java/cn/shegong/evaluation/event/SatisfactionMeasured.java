package cn.shegong.evaluation.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Evaluation's own copy of {@code feedback.SatisfactionMeasured} v1: residents'
 * satisfaction and awareness of one project over one period, and the tickets of the same
 * project and period. A rate over nothing is absent (null here), and so are the tickets
 * of a measurement made before feedback counted them.
 */
public record SatisfactionMeasured(String projectId, String contractId, String agencyId, String regionCode,
		Period period, int responses, Integer satisfactionRateBp, int satisfiedAnswers, int validAnswers,
		Map<String, Dimension> dimensions, Integer awarenessRateBp, int awareRespondents, int awarenessRespondents,
		Tickets tickets, Instant measuredAt, String reason) {

	public SatisfactionMeasured {
		dimensions = (dimensions != null) ? Map.copyOf(dimensions) : Map.of();
	}

	public record Period(String kind, LocalDate from, LocalDate to, String label) {
	}

	public record Dimension(Integer rateBp, int satisfied, int valid) {
	}

	/**
	 * Tickets of the project received in the period, and how those due in it were
	 * settled; the on-time rate is absent when none was settled.
	 */
	public record Tickets(int received, int closed, int closedOnTime, int openOverdue, Integer onTimeRateBp) {
	}

}
