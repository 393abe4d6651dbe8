package cn.shegong.feedback.survey.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shegong.platform.problem.ProblemException;

/**
 * One published version of the satisfaction questionnaire: the Likert questions it asks
 * (a subset of the seven dimensions, in the order shown) and the yes/no awareness
 * questions. A version never changes once published; a response stays tied to the version
 * it answered, so its answers are read against that version's questions.
 */
public record Survey(int version, Map<SatisfactionDimension, String> ratingQuestions,
		Map<AwarenessItem, String> awarenessQuestions, Instant publishedAt) {

	/** The version shipped with the platform, loaded when no survey exists yet. */
	public static final int FIRST_VERSION = 1;

	public Survey {
		if (version < FIRST_VERSION) {
			throw new IllegalArgumentException("survey versions start at 1, was " + version);
		}
		if (ratingQuestions == null || ratingQuestions.isEmpty()) {
			throw ProblemException.ruleViolated("survey-without-questions",
					"A survey version needs at least one satisfaction question");
		}
		ratingQuestions = Collections.unmodifiableMap(new LinkedHashMap<>(ratingQuestions));
		awarenessQuestions = Collections
			.unmodifiableMap(new LinkedHashMap<>((awarenessQuestions != null) ? awarenessQuestions : Map.of()));
	}

	/** Version 1: all seven dimensions and all five awareness items, in their wording. */
	public static Survey firstVersion(Instant publishedAt) {
		return new Survey(FIRST_VERSION,
				wordings(SatisfactionDimension.values(), SatisfactionDimension::defaultWording),
				wordings(AwarenessItem.values(), AwarenessItem::defaultWording), publishedAt);
	}

	/**
	 * Reads a respondent's answers against this version's questions.
	 * @param ratings dimension name → 1..5, or {@code null} for "don't know"
	 * @param awareness awareness item name → known or not
	 * @throws ProblemException 422 {@code question-not-in-survey} for a question this
	 * version does not ask, {@code likert-out-of-range} for an answer outside 1–5, and
	 * {@code survey-response-empty} when nothing at all was answered
	 */
	public SurveyAnswers answersFrom(Map<String, Integer> ratings, Map<String, Boolean> awareness) {
		Map<SatisfactionDimension, Integer> rated = new LinkedHashMap<>();
		if (ratings != null) {
			ratings.forEach((question, answer) -> rated.put(ratingQuestion(question), likert(question, answer)));
		}
		Map<AwarenessItem, Boolean> known = new LinkedHashMap<>();
		if (awareness != null) {
			awareness.forEach((question, answer) -> {
				AwarenessItem item = awarenessQuestion(question);
				if (answer != null) {
					known.put(item, answer);
				}
			});
		}
		if (rated.isEmpty() && known.isEmpty()) {
			throw ProblemException.ruleViolated("survey-response-empty",
					"A response to survey version %d answers none of its questions".formatted(this.version),
					this.version);
		}
		return new SurveyAnswers(rated, known);
	}

	private SatisfactionDimension ratingQuestion(String question) {
		return Arrays.stream(SatisfactionDimension.values())
			.filter((dimension) -> dimension.name().equals(question) && this.ratingQuestions.containsKey(dimension))
			.findFirst()
			.orElseThrow(() -> notAsked(question));
	}

	private AwarenessItem awarenessQuestion(String question) {
		return Arrays.stream(AwarenessItem.values())
			.filter((item) -> item.name().equals(question) && this.awarenessQuestions.containsKey(item))
			.findFirst()
			.orElseThrow(() -> notAsked(question));
	}

	private ProblemException notAsked(String question) {
		return ProblemException.ruleViolated("question-not-in-survey",
				"Survey version %d does not ask %s".formatted(this.version, question), this.version, question);
	}

	private static Integer likert(String question, Integer answer) {
		if (answer != null && (answer < SatisfactionDimension.LOWEST || answer > SatisfactionDimension.HIGHEST)) {
			throw ProblemException.ruleViolated("likert-out-of-range",
					"%s was answered %d; answers run from %d to %d, or empty for \"don't know\"".formatted(question,
							answer, SatisfactionDimension.LOWEST, SatisfactionDimension.HIGHEST),
					question, answer, SatisfactionDimension.LOWEST, SatisfactionDimension.HIGHEST);
		}
		return answer;
	}

	private static <Q extends Enum<Q>> Map<Q, String> wordings(Q[] questions, Function<Q, String> wording) {
		return Arrays.stream(questions)
			.collect(Collectors.toMap(Function.identity(), wording, (first, second) -> first, LinkedHashMap::new));
	}

}
