package cn.shegong.feedback.measure.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.SurveyAnswers;
import cn.shegong.feedback.survey.model.SurveyResponse;

/**
 * What residents said about a project over a period, computed from the stored responses
 * alone, so that computing it again gives the same numbers.
 * <ul>
 * <li>A dimension's <b>satisfaction rate</b> = answers of 4 or 5 ÷ valid answers for that
 * dimension; "don't know" (and a question the respondent's version did not ask) is not a
 * valid answer.</li>
 * <li>The <b>overall satisfaction rate</b> pools the answers: all 4–5 answers across the
 * dimensions ÷ all valid answers across the dimensions. A respondent who rated five
 * dimensions weighs five times one who rated one.</li>
 * <li>The <b>awareness rate</b> = respondents knowing at least
 * {@link MeasureTargets#awareAtLeast()} items ÷ respondents who answered at least one
 * awareness item; an item left unanswered counts as not known.</li>
 * </ul>
 * Rates are exact fractions ({@link Rate}); basis points are rounded half up.
 *
 * @param dimensions each of the seven dimensions, also those nobody rated (0 of 0)
 * @param byChannel each channel's number of responses, also those with none
 */
public record SatisfactionMeasure(String projectId, Period period, int responses, Rate satisfaction,
		Map<SatisfactionDimension, Rate> dimensions, Rate awareness, Map<FeedbackChannel, Integer> byChannel,
		boolean satisfactionTargetMet, boolean awarenessTargetMet) {

	public SatisfactionMeasure {
		dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
		byChannel = Collections.unmodifiableMap(new EnumMap<>(byChannel));
	}

	/** Measures the responses received during the period (already selected by time). */
	public static SatisfactionMeasure of(String projectId, Period period, List<SurveyResponse> responses,
			MeasureTargets targets) {
		Map<SatisfactionDimension, Rate> dimensions = new EnumMap<>(SatisfactionDimension.class);
		long satisfied = 0;
		long valid = 0;
		for (SatisfactionDimension dimension : SatisfactionDimension.values()) {
			Rate rate = dimensionRate(dimension, responses);
			dimensions.put(dimension, rate);
			satisfied += rate.count();
			valid += rate.of();
		}
		Rate satisfaction = new Rate(satisfied, valid);
		Rate awareness = awarenessRate(responses, targets.awareAtLeast());
		return new SatisfactionMeasure(projectId, period, responses.size(), satisfaction, dimensions, awareness,
				byChannel(responses), satisfaction.meets(targets.satisfactionBp()),
				awareness.meets(targets.awarenessBp()));
	}

	private static Rate dimensionRate(SatisfactionDimension dimension, List<SurveyResponse> responses) {
		List<Integer> valid = responses.stream()
			.map((response) -> response.answers().ratings().get(dimension))
			.filter((answer) -> answer != null)
			.toList();
		return new Rate(valid.stream().filter(SatisfactionDimension::isSatisfied).count(), valid.size());
	}

	private static Rate awarenessRate(List<SurveyResponse> responses, int awareAtLeast) {
		List<SurveyAnswers> answered = responses.stream()
			.map(SurveyResponse::answers)
			.filter(SurveyAnswers::answeredAwareness)
			.toList();
		return new Rate(answered.stream().filter((answers) -> answers.knownItems() >= awareAtLeast).count(),
				answered.size());
	}

	private static Map<FeedbackChannel, Integer> byChannel(List<SurveyResponse> responses) {
		Map<FeedbackChannel, Integer> counts = new EnumMap<>(FeedbackChannel.class);
		for (FeedbackChannel channel : FeedbackChannel.values()) {
			counts.put(channel, 0);
		}
		responses.forEach((response) -> counts.merge(response.channel(), 1, Integer::sum));
		return counts;
	}

}
