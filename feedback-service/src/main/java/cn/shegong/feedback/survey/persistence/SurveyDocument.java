package cn.shegong.feedback.survey.persistence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.feedback.survey.model.AwarenessItem;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.Survey;

/** A published survey version, keyed by its number; questions kept in their order. */
@Document(SurveyDocument.COLLECTION)
record SurveyDocument(@Id int version, List<Question> ratingQuestions, List<Question> awarenessQuestions,
		Instant publishedAt) {

	static final String COLLECTION = "surveys";

	static SurveyDocument of(Survey survey) {
		return new SurveyDocument(survey.version(),
				survey.ratingQuestions()
					.entrySet()
					.stream()
					.map((entry) -> new Question(entry.getKey().name(), entry.getValue()))
					.toList(),
				survey.awarenessQuestions()
					.entrySet()
					.stream()
					.map((entry) -> new Question(entry.getKey().name(), entry.getValue()))
					.toList(),
				survey.publishedAt());
	}

	Survey toSurvey() {
		Map<SatisfactionDimension, String> ratings = new LinkedHashMap<>();
		this.ratingQuestions
			.forEach((question) -> ratings.put(SatisfactionDimension.valueOf(question.code()), question.wording()));
		Map<AwarenessItem, String> awareness = new LinkedHashMap<>();
		if (this.awarenessQuestions != null) {
			this.awarenessQuestions
				.forEach((question) -> awareness.put(AwarenessItem.valueOf(question.code()), question.wording()));
		}
		return new Survey(this.version, ratings, awareness, this.publishedAt);
	}

	record Question(String code, String wording) {

	}

}
