package cn.shegong.feedback.measure.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.stereotype.Service;

import cn.shegong.feedback.event.MeasureEvents;
import cn.shegong.feedback.measure.application.SatisfactionMeasured.Reason;
import cn.shegong.feedback.measure.model.MeasureTargets;
import cn.shegong.feedback.measure.model.Period;
import cn.shegong.feedback.measure.model.SatisfactionMeasure;
import cn.shegong.feedback.measure.persistence.Measurements;
import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.survey.persistence.SurveyResponses;
import cn.shegong.feedback.ticket.model.TicketMeasures;
import cn.shegong.feedback.ticket.persistence.Tickets;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.security.Caller;

/**
 * Measures a project's survey responses over a period, for those who may read them, and
 * publishes a measure when a period closes or an evaluation asks for one, with the
 * on-time figures of the tickets received in the same period as they stand then. Periods
 * are cut at midnight in the clock's zone (the platform's, Asia/Shanghai).
 */
@Service
public class SatisfactionMeasures {

	private final SurveyResponses responses;

	private final Stations stations;

	private final Measurements measurements;

	private final Outbox outbox;

	private final Tickets tickets;

	private final MeasureTargets targets;

	private final Clock clock;

	SatisfactionMeasures(SurveyResponses responses, Stations stations, Measurements measurements, Outbox outbox,
			Tickets tickets, MeasureTargets targets, Clock clock) {
		this.responses = responses;
		this.stations = stations;
		this.measurements = measurements;
		this.outbox = outbox;
		this.tickets = tickets;
		this.targets = targets;
		this.clock = clock;
	}

	/**
	 * The measure as of now, for those who may read the project's feedback and for the
	 * evaluators assigned to it (who see measures, never residents' data); others get
	 * 404.
	 */
	public SatisfactionMeasure read(Caller caller, String projectId, Period period) {
		return measure(this.stations.figuresReadable(caller, projectId), period);
	}

	/**
	 * Measures a range of days for an evaluation and publishes it with reason
	 * {@code ON_DEMAND}: asked by an evaluator assigned to the project, an admin, or an
	 * officer or supervisor overseeing the project; others get 404.
	 */
	public SatisfactionMeasure publishOnDemand(Caller caller, String projectId, Period period) {
		ServedProject project = this.stations.measurable(caller, projectId);
		SatisfactionMeasure measure = measure(project, period);
		Instant now = this.clock.instant();
		this.measurements.onDemand(project.projectId(), period, Reason.ON_DEMAND.name(), now,
				event(project, period, measure, now, Reason.ON_DEMAND));
		return measure;
	}

	/**
	 * Publishes the closing measure of a project's period unless it was published
	 * already; returns whether this call published it.
	 */
	public boolean closeOnce(ServedProject project, Period period) {
		if (this.measurements.closed(project.projectId(), period)) {
			return false;
		}
		SatisfactionMeasure measure = measure(project, period);
		Instant now = this.clock.instant();
		return this.measurements.closeOnce(project.projectId(), period, Reason.PERIOD_CLOSED.name(), now,
				event(project, period, measure, now, Reason.PERIOD_CLOSED));
	}

	/** The targets the measures are held to. */
	public MeasureTargets targets() {
		return this.targets;
	}

	private SatisfactionMeasure measure(ServedProject project, Period period) {
		ZoneId zone = this.clock.getZone();
		return SatisfactionMeasure.of(project.projectId(), period,
				this.responses.about(project.projectId(), period.start(zone), period.end(zone)), this.targets);
	}

	private PendingEvent event(ServedProject project, Period period, SatisfactionMeasure measure, Instant measuredAt,
			Reason reason) {
		ZoneId zone = this.clock.getZone();
		TicketMeasures tickets = TicketMeasures
			.of(this.tickets.receivedBetween(project.projectId(), period.start(zone), period.end(zone)), measuredAt);
		return this.outbox.pending(MeasureEvents.SATISFACTION_MEASURED, project.projectId(),
				SatisfactionMeasured.of(project, measure, tickets, this.targets, measuredAt, reason));
	}

}
