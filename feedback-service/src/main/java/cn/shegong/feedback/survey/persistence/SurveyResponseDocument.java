package cn.shegong.feedback.survey.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.survey.model.AwarenessItem;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.SurveyAnswers;
import cn.shegong.feedback.survey.model.SurveyResponse;

/**
 * A stored response. "Don't know" answers are kept as a list of dimensions rather than
 * null map values, which the store would not keep reliably.
 */
@Document(SurveyResponseDocument.COLLECTION)
record SurveyResponseDocument(@Id String id, String projectId, int surveyVersion, String channel,
		Map<String, Integer> ratings, List<String> dontKnow, Map<String, Boolean> awareness, Instant receivedAt,
		String enteredBy) {

	static final String COLLECTION = "survey_responses";

	static SurveyResponseDocument of(SurveyResponse response) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		response.answers().ratings().forEach((dimension, answer) -> {
			if (answer != null) {
				ratings.put(dimension.name(), answer);
			}
		});
		List<String> dontKnow = response.answers()
			.ratings()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == null)
			.map((entry) -> entry.getKey().name())
			.toList();
		Map<String, Boolean> awareness = new LinkedHashMap<>();
		response.answers().awareness().forEach((item, known) -> awareness.put(item.name(), known));
		return new SurveyResponseDocument(response.responseId(), response.projectId(), response.surveyVersion(),
				response.channel().name(), ratings, dontKnow, awareness, response.receivedAt(),
				response.enteredBy().orElse(null));
	}

	SurveyResponse toResponse() {
		Map<SatisfactionDimension, Integer> rated = new LinkedHashMap<>();
		if (this.ratings != null) {
			this.ratings.forEach((dimension, answer) -> rated.put(SatisfactionDimension.valueOf(dimension), answer));
		}
		if (this.dontKnow != null) {
			this.dontKnow.forEach((dimension) -> rated.put(SatisfactionDimension.valueOf(dimension), null));
		}
		Map<AwarenessItem, Boolean> known = new LinkedHashMap<>();
		if (this.awareness != null) {
			this.awareness.forEach((item, answer) -> known.put(AwarenessItem.valueOf(item), answer));
		}
		return new SurveyResponse(this.id, this.projectId, this.surveyVersion, FeedbackChannel.valueOf(this.channel),
				new SurveyAnswers(rated, known), this.receivedAt, Optional.ofNullable(this.enteredBy));
	}

}
