package cn.shegong.feedback.survey.model;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyTest {

	private static final Survey FIRST = Survey.firstVersion(Instant.parse("2027-01-01T00:00:00Z"));

	@Test
	void theFirstVersionAsksTheSevenDimensionsAndTheFiveAwarenessItemsInChinese() {
		assertThat(FIRST.version()).isEqualTo(1);
		assertThat(FIRST.ratingQuestions()).containsOnlyKeys(SatisfactionDimension.values());
		assertThat(FIRST.awarenessQuestions()).containsOnlyKeys(AwarenessItem.values());
		assertThat(FIRST.ratingQuestions().get(SatisfactionDimension.ATTITUDE)).contains("服务态度");
		assertThat(SatisfactionDimension.COMPLAINT_FOLLOW_UP.label()).isEqualTo("投诉反馈");
	}

	@Test
	void answersOneAndFiveAndDontKnowAreAccepted() {
		Map<String, Integer> ratings = new HashMap<>();
		ratings.put("EFFICIENCY", 1);
		ratings.put("ATTITUDE", 5);
		ratings.put("FACILITIES", null);

		SurveyAnswers answers = FIRST.answersFrom(ratings, Map.of("FUNDER", true));

		assertThat(answers.ratings()).containsEntry(SatisfactionDimension.EFFICIENCY, 1)
			.containsEntry(SatisfactionDimension.ATTITUDE, 5)
			.containsEntry(SatisfactionDimension.FACILITIES, null);
		assertThat(answers.awareness()).containsEntry(AwarenessItem.FUNDER, true);
	}

	@Test
	void anAnswerOfZeroOrSixIsRefused() {
		assertThat(refusal(Map.of("EFFICIENCY", 0), Map.of())).isEqualTo("likert-out-of-range");
		assertThat(refusal(Map.of("EFFICIENCY", 6), Map.of())).isEqualTo("likert-out-of-range");
	}

	@Test
	void aDimensionOrItemTheVersionDoesNotAskIsRefused() {
		Survey attitudeOnly = new Survey(2, Map.of(SatisfactionDimension.ATTITUDE, "态度如何？"),
				Map.of(AwarenessItem.STAFF, "认识社工吗？"), Instant.EPOCH);

		assertThat(refusal(attitudeOnly, Map.of("EFFICIENCY", 4), Map.of())).isEqualTo("question-not-in-survey");
		assertThat(refusal(attitudeOnly, Map.of(), Map.of("FUNDER", true))).isEqualTo("question-not-in-survey");
		assertThat(refusal(Map.of("SPEED", 4), Map.of())).isEqualTo("question-not-in-survey");
	}

	@Test
	void aResponseWithNoAnswersAtAllIsRefused() {
		assertThat(refusal(Map.of(), Map.of())).isEqualTo("survey-response-empty");
		assertThat(refusal(null, null)).isEqualTo("survey-response-empty");
		Map<String, Boolean> unanswered = new HashMap<>();
		unanswered.put("FUNDER", null);
		assertThat(refusal(Map.of(), unanswered)).isEqualTo("survey-response-empty");
	}

	@Test
	void aVersionWithoutQuestionsCannotBePublished() {
		assertThatThrownBy(() -> new Survey(2, Map.of(), Map.of(), Instant.EPOCH)).isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("survey-without-questions");
	}

	@Test
	void theSameAnswersInAnotherOrderReadTheSame() {
		Map<String, Integer> one = new LinkedHashMap<>();
		one.put("EFFICIENCY", 4);
		one.put("ATTITUDE", 5);
		Map<String, Integer> other = new LinkedHashMap<>();
		other.put("ATTITUDE", 5);
		other.put("EFFICIENCY", 4);

		assertThat(FIRST.answersFrom(one, Map.of()).canonical())
			.isEqualTo(FIRST.answersFrom(other, Map.of()).canonical())
			.isNotEqualTo(FIRST.answersFrom(Map.of("EFFICIENCY", 4), Map.of()).canonical());
	}

	@Test
	void awarenessCountsTheItemsKnown() {
		SurveyAnswers answers = FIRST.answersFrom(Map.of(),
				Map.of("STATION_ADDRESS", true, "SERVICES", false, "STAFF", true));

		assertThat(answers.knownItems()).isEqualTo(2);
		assertThat(answers.answeredAwareness()).isTrue();
	}

	private static String refusal(Map<String, Integer> ratings, Map<String, Boolean> awareness) {
		return refusal(FIRST, ratings, awareness);
	}

	private static String refusal(Survey survey, Map<String, Integer> ratings, Map<String, Boolean> awareness) {
		try {
			survey.answersFrom(ratings, awareness);
		}
		catch (ProblemException ex) {
			return ex.rule();
		}
		throw new AssertionError("expected a refusal");
	}

}
