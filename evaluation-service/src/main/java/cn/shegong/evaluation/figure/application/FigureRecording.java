package cn.shegong.evaluation.figure.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.event.ProgressReported;
import cn.shegong.evaluation.event.SatisfactionMeasured;
import cn.shegong.evaluation.event.StaffingChanged;
import cn.shegong.evaluation.figure.model.Figure;
import cn.shegong.evaluation.figure.model.FigureSource;
import cn.shegong.evaluation.figure.model.MeasuredFigure;
import cn.shegong.evaluation.figure.model.Percentages;
import cn.shegong.evaluation.figure.model.ReportedVolumes;
import cn.shegong.evaluation.figure.model.ServiceVolume;
import cn.shegong.evaluation.figure.persistence.Figures;
import cn.shegong.evaluation.scheme.model.DataSource;
import cn.shegong.platform.event.EventEnvelope;

/**
 * Turns the figures other services publish into evaluation's own, each with the event it
 * came from. A rate the producer left out (measured over nothing) makes no figure, so the
 * last real one stays the latest.
 */
@Service
public class FigureRecording {

	private final Figures figures;

	private final ContractCopies contracts;

	FigureRecording(Figures figures, ContractCopies contracts) {
		this.figures = figures;
		this.contracts = contracts;
	}

	public void satisfactionMeasured(EventEnvelope event, SatisfactionMeasured measured) {
		FigureSource source = new FigureSource(event.type(), event.eventId(), measured.measuredAt());
		String period = measured.period().label();
		List<Figure> found = new ArrayList<>();
		if (measured.satisfactionRateBp() != null) {
			found.add(new Figure(DataSource.SATISFACTION_RATE, Percentages.ofBasisPoints(measured.satisfactionRateBp()),
					"%d of %d answers satisfied, %s".formatted(measured.satisfiedAnswers(), measured.validAnswers(),
							period),
					source));
		}
		if (measured.awarenessRateBp() != null) {
			found.add(new Figure(DataSource.AWARENESS_RATE, Percentages.ofBasisPoints(measured.awarenessRateBp()),
					"%d of %d respondents aware, %s".formatted(measured.awareRespondents(),
							measured.awarenessRespondents(), period),
					source));
		}
		SatisfactionMeasured.Tickets tickets = measured.tickets();
		if (tickets != null && tickets.onTimeRateBp() != null) {
			found.add(new Figure(DataSource.TICKET_ON_TIME_RATE, Percentages.ofBasisPoints(tickets.onTimeRateBp()),
					"%d closed on time of %d closed and %d open overdue, %s".formatted(tickets.closedOnTime(),
							tickets.closed(), tickets.openOverdue(), period),
					source));
		}
		found.forEach((figure) -> this.figures
			.record(new MeasuredFigure(measured.contractId(), measured.projectId(), figure)));
	}

	public void staffingChanged(EventEnvelope event, StaffingChanged staffing) {
		FigureSource source = new FigureSource(event.type(), event.eventId(), event.occurredAt());
		String assessed = "assessed on " + staffing.assessedOn();
		String why = staffing.reasons().isEmpty() ? "compliant"
				: String.join("; ", staffing.reasons().stream().map(StaffingChanged.Reason::detail).toList());
		record(staffing.contractId(), staffing.projectId(),
				new Figure(DataSource.STAFFING_COMPLIANCE,
						staffing.compliant() ? BigDecimal.valueOf(100).setScale(2) : BigDecimal.ZERO.setScale(2),
						"%d staff, %d certified, %d of %d supervisors: %s, %s".formatted(staffing.staff(),
								staffing.certified(), staffing.supervisors(), staffing.supervisorsRequired(), why,
								assessed),
						source));
		record(staffing.contractId(), staffing.projectId(),
				new Figure(DataSource.CERTIFIED_RATIO,
						Percentages.of(staffing.certifiedRatioNumerator(), staffing.certifiedRatioDenominator()),
						"%d of %d staff certified, %s".formatted(staffing.certifiedRatioNumerator(),
								staffing.certifiedRatioDenominator(), assessed),
						source));
	}

	/**
	 * Needs the contract's targets: procurement keys the report by contract, so its award
	 * came first; if the copy is missing all the same, this fails and the broker retries.
	 */
	public void progressReported(EventEnvelope event, ProgressReported report) {
		Contract contract = this.contracts.find(report.contractId())
			.orElseThrow(() -> new IllegalStateException(
					"Progress report " + report.reportId() + " of unknown contract " + report.contractId()));
		ServiceVolume.percentOfTargets(contract, volumes(report))
			.ifPresent((percent) -> record(contract.contractId(), contract.projectId(),
					new Figure(DataSource.SERVICE_VOLUME_VS_TARGET, percent,
							"report %s, %s..%s, against the contract's targets pro-rated to the period"
								.formatted(report.reportId(), report.periodFrom(), report.periodTo()),
							new FigureSource(event.type(), event.eventId(), event.occurredAt()))));
	}

	/**
	 * The data quality an evaluation's callbacks measured so far, replacing the figure an
	 * earlier version of the same callbacks gave (one figure per evaluation, its time the
	 * latest outcome's).
	 * @param confirmedPercent confirmed ÷ answered callbacks, as a percentage
	 * @param callbacksVersion the stored version of the callbacks it was computed from
	 */
	public void callbacksChecked(String contractId, String projectId, String evaluationId, BigDecimal confirmedPercent,
			String basis, Instant recordedAt, long callbacksVersion) {
		this.figures
			.recordUnlessNewerStored(new MeasuredFigure(contractId, projectId, new Figure(DataSource.DATA_QUALITY,
					confirmedPercent, basis, FigureSource.callbacks(evaluationId, recordedAt))), callbacksVersion);
	}

	static ReportedVolumes volumes(ProgressReported report) {
		Map<String, Long> volumes = new LinkedHashMap<>();
		volumes.put("casesOpened", report.casesOpened());
		volumes.put("casesClosed", report.casesClosed());
		volumes.put("groups", report.groups());
		volumes.put("communityActivities", report.communityActivities());
		volumes.put("beneficiaries", report.beneficiaries());
		volumes.put("serviceHours", report.serviceHours());
		volumes.put("communityHoursShareBp", (long) report.communityHoursShareBp());
		volumes.put("resourcesLinked", report.resourcesLinked());
		return new ReportedVolumes(report.periodFrom(), report.periodTo(), volumes);
	}

	private void record(String contractId, String projectId, Figure figure) {
		this.figures.record(new MeasuredFigure(contractId, projectId, figure));
	}

}
