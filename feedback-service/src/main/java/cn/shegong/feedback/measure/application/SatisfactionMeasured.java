package cn.shegong.feedback.measure.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.measure.model.MeasureTargets;
import cn.shegong.feedback.measure.model.Period;
import cn.shegong.feedback.measure.model.Rate;
import cn.shegong.feedback.measure.model.SatisfactionMeasure;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.ticket.model.TicketMeasures;
import cn.shegong.feedback.survey.model.SatisfactionDimension;

/**
 * The data of {@code feedback.SatisfactionMeasured} v1 (schema in
 * {@code src/main/resources/events/}). Rates in basis points are rounded half up from the
 * exact fractions the event also carries. A top-level field without a value (a rate over
 * nothing, the contract of a project not yet awarded) is left out rather than sent as
 * null; inside a dimension a rate over nothing is {@code null}. The tickets of the same
 * project and period ride along so that evaluation reads the on-time rate from the same
 * measurement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SatisfactionMeasured(String projectId, String contractId, String agencyId, String regionCode,
		PeriodData period, int responses, Integer satisfactionRateBp, long satisfiedAnswers, long validAnswers,
		Map<SatisfactionDimension, DimensionData> dimensions, Integer awarenessRateBp, long awareRespondents,
		long awarenessRespondents, Map<FeedbackChannel, Integer> countsByChannel, int satisfactionTargetBp,
		boolean satisfactionTargetMet, int awarenessTargetBp, boolean awarenessTargetMet, TicketData tickets,
		Instant measuredAt, Reason reason) {

	/** Why the measure was published. */
	public enum Reason {

		PERIOD_CLOSED, ON_DEMAND

	}

	static SatisfactionMeasured of(ServedProject project, SatisfactionMeasure measure, TicketMeasures tickets,
			MeasureTargets targets, Instant measuredAt, Reason reason) {
		Map<SatisfactionDimension, DimensionData> dimensions = new LinkedHashMap<>();
		measure.dimensions().forEach((dimension, rate) -> dimensions.put(dimension, DimensionData.of(rate)));
		Period period = measure.period();
		return new SatisfactionMeasured(project.projectId(), project.contractId().orElse(null),
				project.agencyId().orElse(null), project.regionCode(),
				new PeriodData(period.kind(), period.from(), period.to(), period.label()), measure.responses(),
				measure.satisfaction().basisPoints(), measure.satisfaction().count(), measure.satisfaction().of(),
				dimensions, measure.awareness().basisPoints(), measure.awareness().count(), measure.awareness().of(),
				new LinkedHashMap<>(measure.byChannel()), targets.satisfactionBp(), measure.satisfactionTargetMet(),
				targets.awarenessBp(), measure.awarenessTargetMet(), TicketData.of(tickets), measuredAt, reason);
	}

	/**
	 * @param to the last day, included
	 */
	public record PeriodData(Period.Kind kind, LocalDate from, LocalDate to, String label) {

	}

	/**
	 * @param valid answers other than "don't know"
	 */
	public record DimensionData(Integer rateBp, long satisfied, long valid) {

		static DimensionData of(Rate rate) {
			return new DimensionData(rate.basisPoints(), rate.count(), rate.of());
		}

	}

	/**
	 * The project's tickets received in the period, as they stood when measured (see
	 * {@link TicketMeasures}).
	 *
	 * @param onTimeRateBp closed on time ÷ (closed + open overdue), rounded half up; left
	 * out when no ticket is settled
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record TicketData(int received, int closed, int closedOnTime, int openOverdue, Integer onTimeRateBp) {

		static TicketData of(TicketMeasures tickets) {
			Rate onTime = new Rate(tickets.closedOnTime(), tickets.closed() + tickets.openOverdue());
			return new TicketData(tickets.received(), tickets.closed(), tickets.closedOnTime(), tickets.openOverdue(),
					onTime.basisPoints());
		}

	}

}
