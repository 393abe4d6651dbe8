package cn.shegong.feedback.measure.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.survey.model.AwarenessItem;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.SurveyAnswers;
import cn.shegong.feedback.survey.model.SurveyResponse;

import static cn.shegong.feedback.survey.model.SatisfactionDimension.ATTITUDE;
import static cn.shegong.feedback.survey.model.SatisfactionDimension.EFFICIENCY;
import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionMeasureTest {

	private static final Period Q1 = Period.parse("2027-Q1");

	@Test
	void aDimensionsRateIsFoursAndFivesOverTheAnswersThatAreNotDontKnow() {
		List<SurveyResponse> responses = new ArrayList<>();
		for (Integer answer : new Integer[] { 4, 5, 5, 3, 2, 4, null, 1, 5, null }) {
			responses.add(rating(EFFICIENCY, answer));
		}

		SatisfactionMeasure measure = measure(responses);

		assertThat(measure.responses()).isEqualTo(10);
		assertThat(measure.dimensions().get(EFFICIENCY)).isEqualTo(new Rate(5, 8));
		assertThat(measure.dimensions().get(EFFICIENCY).basisPoints()).isEqualTo(6250);
		assertThat(measure.dimensions().get(ATTITUDE)).as("nobody rated it").isEqualTo(new Rate(0, 0));
	}

	@Test
	void theOverallRatePoolsEveryValidAnswerAcrossTheDimensions() {
		SurveyResponse both = response(FeedbackChannel.ONLINE_FORM, Map.of(EFFICIENCY, 5, ATTITUDE, 2), Map.of());
		SurveyResponse one = rating(ATTITUDE, 4);

		SatisfactionMeasure measure = measure(List.of(both, one));

		assertThat(measure.satisfaction()).isEqualTo(new Rate(2, 3));
		assertThat(measure.satisfaction().basisPoints()).isEqualTo(6667);
		assertThat(measure.satisfactionTargetMet()).isFalse();
	}

	@Test
	void exactlyEightyFivePercentMeetsTheSatisfactionTarget() {
		List<SurveyResponse> responses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			responses.add(rating(ATTITUDE, (i < 17) ? 4 : 3));
		}

		assertThat(measure(responses).satisfactionTargetMet()).isTrue();
		responses.set(0, rating(ATTITUDE, 3));
		assertThat(measure(responses).satisfactionTargetMet()).as("16 of 20").isFalse();
	}

	@Test
	void aRespondentKnowingThreeOfFiveItemsIsAwareAndOneKnowingTwoIsNot() {
		SurveyResponse knowsThree = knowing(3);
		SurveyResponse knowsTwo = knowing(2);
		SurveyResponse didNotAnswer = rating(EFFICIENCY, 5);

		SatisfactionMeasure measure = measure(List.of(knowsThree, knowsTwo, didNotAnswer));

		assertThat(measure.awareness()).as("of those who answered the awareness items").isEqualTo(new Rate(1, 2));
		assertThat(measure.awareness().basisPoints()).isEqualTo(5000);
		assertThat(measure.awarenessTargetMet()).isFalse();
	}

	@Test
	void fourAwareOfFiveMeetsTheAwarenessTarget() {
		SatisfactionMeasure measure = measure(List.of(knowing(5), knowing(4), knowing(3), knowing(3), knowing(0)));

		assertThat(measure.awareness()).isEqualTo(new Rate(4, 5));
		assertThat(measure.awarenessTargetMet()).isTrue();
	}

	@Test
	void responsesAreCountedByChannelIncludingChannelsWithNone() {
		SatisfactionMeasure measure = measure(List.of(rating(EFFICIENCY, 4), rating(EFFICIENCY, 5),
				response(FeedbackChannel.HOTLINE, Map.of(EFFICIENCY, 3), Map.of())));

		assertThat(measure.byChannel()).containsEntry(FeedbackChannel.ONLINE_FORM, 2)
			.containsEntry(FeedbackChannel.HOTLINE, 1)
			.containsEntry(FeedbackChannel.VILLAGE_COMMITTEE, 0)
			.hasSize(FeedbackChannel.values().length);
	}

	@Test
	void noResponsesMeasureNothingAndMeetNoTarget() {
		SatisfactionMeasure measure = measure(List.of());

		assertThat(measure.responses()).isZero();
		assertThat(measure.satisfaction().isDefined()).isFalse();
		assertThat(measure.awareness().isDefined()).isFalse();
		assertThat(measure.satisfactionTargetMet()).isFalse();
		assertThat(measure.awarenessTargetMet()).isFalse();
	}

	@Test
	void aCityThatCountsTwoItemsAsAwareHasItsWay() {
		SatisfactionMeasure measure = SatisfactionMeasure.of("prj-1", Q1, List.of(knowing(2)),
				new MeasureTargets(8500, 8000, 2));

		assertThat(measure.awareness()).isEqualTo(new Rate(1, 1));
	}

	private static SatisfactionMeasure measure(List<SurveyResponse> responses) {
		return SatisfactionMeasure.of("prj-1", Q1, responses, MeasureTargets.DEFAULT);
	}

	private static SurveyResponse rating(SatisfactionDimension dimension, Integer answer) {
		Map<SatisfactionDimension, Integer> ratings = new HashMap<>();
		ratings.put(dimension, answer);
		return response(FeedbackChannel.ONLINE_FORM, ratings, Map.of());
	}

	private static SurveyResponse knowing(int items) {
		Map<AwarenessItem, Boolean> awareness = new HashMap<>();
		AwarenessItem[] all = AwarenessItem.values();
		for (int i = 0; i < all.length; i++) {
			awareness.put(all[i], i < items);
		}
		return response(FeedbackChannel.ONLINE_FORM, Map.of(), awareness);
	}

	private static SurveyResponse response(FeedbackChannel channel, Map<SatisfactionDimension, Integer> ratings,
			Map<AwarenessItem, Boolean> awareness) {
		return new SurveyResponse("r-" + System.nanoTime(), "prj-1", 1, channel, new SurveyAnswers(ratings, awareness),
				Instant.parse("2027-02-01T00:00:00Z"),
				channel.enteredByStaff() ? Optional.of("staff-1") : Optional.empty());
	}

}
