package cn.shegong.feedback.survey.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one respondent answered, already read against the survey version they answered.
 *
 * @param ratings each asked dimension the respondent saw: 1..5, or {@code null} for
 * "don't know" (which is not a valid answer for that dimension's rate)
 * @param awareness each awareness item the respondent answered: known or not
 */
public record SurveyAnswers(Map<SatisfactionDimension, Integer> ratings, Map<AwarenessItem, Boolean> awareness) {

	public SurveyAnswers {
		// LinkedHashMap, not Map.copyOf: a "don't know" is a null value.
		ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
		awareness = Collections.unmodifiableMap(new LinkedHashMap<>(awareness));
	}

	/** How many awareness items the respondent said they know. */
	public long knownItems() {
		return this.awareness.values().stream().filter(Boolean.TRUE::equals).count();
	}

	public boolean answeredAwareness() {
		return !this.awareness.isEmpty();
	}

	/**
	 * The same answers written the same way whatever order they came in, so two identical
	 * submissions are recognised as one.
	 */
	public String canonical() {
		Map<String, Object> sorted = new TreeMap<>();
		this.ratings.forEach((dimension, answer) -> sorted.put("r." + dimension.name(), String.valueOf(answer)));
		this.awareness.forEach((item, known) -> sorted.put("a." + item.name(), known));
		return sorted.toString();
	}

}
