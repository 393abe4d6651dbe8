package cn.shegong.feedback.measure.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.measure.application.SatisfactionMeasures;
import cn.shegong.feedback.measure.model.MeasureTargets;
import cn.shegong.feedback.measure.model.Period;
import cn.shegong.feedback.measure.model.Rate;
import cn.shegong.feedback.measure.model.SatisfactionMeasure;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.platform.security.Caller;

/**
 * A project's satisfaction and awareness over a month or quarter, read by those who may
 * read its feedback and by the evaluators assigned to it; and a measure over any range of
 * days, published for an evaluation. Others are told the project does not exist.
 */
@RestController
class MeasureController {

	private final SatisfactionMeasures measures;

	MeasureController(SatisfactionMeasures measures) {
		this.measures = measures;
	}

	@GetMapping("/api/feedback/projects/{projectId}/measures")
	@PreAuthorize("isAuthenticated()")
	MeasureView read(Caller caller, @PathVariable String projectId, @RequestParam String period) {
		return MeasureView.of(this.measures.read(caller, projectId, Period.parse(period)), this.measures.targets());
	}

	@PostMapping("/api/feedback/projects/{projectId}/measurements")
	@PreAuthorize("hasAnyRole('evaluator', 'procurement-officer', 'supervisor', 'admin')")
	MeasureView publishOnDemand(Caller caller, @PathVariable String projectId, @Valid @RequestBody DayRange range) {
		return MeasureView.of(this.measures.publishOnDemand(caller, projectId, Period.range(range.from(), range.to())),
				this.measures.targets());
	}

	/**
	 * @param to the last day, included
	 */
	record DayRange(@NotNull LocalDate from, @NotNull LocalDate to) {

	}

	/**
	 * @param satisfaction all 4–5 answers across dimensions of all valid answers
	 * @param awareness respondents knowing enough items of those who answered any
	 */
	record MeasureView(String projectId, String period, Period.Kind kind, LocalDate from, LocalDate to, int responses,
			RateView satisfaction, Map<SatisfactionDimension, RateView> dimensions, RateView awareness,
			Map<FeedbackChannel, Integer> countsByChannel, int satisfactionTargetBp, boolean satisfactionTargetMet,
			int awarenessTargetBp, boolean awarenessTargetMet) {

		static MeasureView of(SatisfactionMeasure measure, MeasureTargets targets) {
			Map<SatisfactionDimension, RateView> dimensions = new LinkedHashMap<>();
			measure.dimensions().forEach((dimension, rate) -> dimensions.put(dimension, RateView.of(rate)));
			Period period = measure.period();
			return new MeasureView(measure.projectId(), period.label(), period.kind(), period.from(), period.to(),
					measure.responses(), RateView.of(measure.satisfaction()), dimensions,
					RateView.of(measure.awareness()), measure.byChannel(), targets.satisfactionBp(),
					measure.satisfactionTargetMet(), targets.awarenessBp(), measure.awarenessTargetMet());
		}

	}

	/** {@code count} of {@code of}; {@code bp} rounded half up, null over nothing. */
	record RateView(long count, long of, Integer bp) {

		static RateView of(Rate rate) {
			return new RateView(rate.count(), rate.of(), rate.basisPoints());
		}

	}

}
