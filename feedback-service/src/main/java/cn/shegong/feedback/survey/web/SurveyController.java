package cn.shegong.feedback.survey.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.survey.application.SurveyCatalogue;
import cn.shegong.feedback.survey.model.AwarenessItem;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.Survey;

/**
 * Residents read the questionnaire without signing in (the current version, or an older
 * one a paper form was printed from); an admin publishes a new version.
 */
@RestController
class SurveyController {

	private final SurveyCatalogue catalogue;

	SurveyController(SurveyCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/feedback/public/surveys/current")
	SurveyView current() {
		return SurveyView.of(this.catalogue.current());
	}

	@GetMapping("/api/feedback/public/surveys/{version:\\d{1,6}}")
	SurveyView version(@PathVariable int version) {
		return SurveyView.of(this.catalogue.version(version));
	}

	@PostMapping("/api/feedback/surveys")
	@PreAuthorize("hasRole('admin')")
	@ResponseStatus(HttpStatus.CREATED)
	SurveyView publish(@Valid @RequestBody NewSurvey survey) {
		Map<SatisfactionDimension, String> ratings = new LinkedHashMap<>();
		survey.questions().forEach((question) -> ratings.put(question.dimension(), question.wording().strip()));
		Map<AwarenessItem, String> awareness = new LinkedHashMap<>();
		survey.awareness().forEach((question) -> awareness.put(question.item(), question.wording().strip()));
		return SurveyView.of(this.catalogue.publish(ratings, awareness));
	}

	record NewSurvey(@NotEmpty @Size(max = 7) List<@Valid @NotNull RatingQuestion> questions,
			@NotNull @Size(max = 5) List<@Valid @NotNull AwarenessQuestion> awareness) {

	}

	record RatingQuestion(@NotNull SatisfactionDimension dimension, @NotBlank @Size(max = 200) String wording) {

	}

	record AwarenessQuestion(@NotNull AwarenessItem item, @NotBlank @Size(max = 200) String wording) {

	}

	record SurveyView(int version, Instant publishedAt, List<RatingView> questions, List<AwarenessView> awareness) {

		static SurveyView of(Survey survey) {
			return new SurveyView(survey.version(), survey.publishedAt(),
					survey.ratingQuestions()
						.entrySet()
						.stream()
						.map((entry) -> new RatingView(entry.getKey(), entry.getKey().label(), entry.getValue(),
								SatisfactionDimension.LOWEST, SatisfactionDimension.HIGHEST))
						.toList(),
					survey.awarenessQuestions()
						.entrySet()
						.stream()
						.map((entry) -> new AwarenessView(entry.getKey(), entry.getValue()))
						.toList());
		}

	}

	/** A Likert question; "don't know" is answered with an empty (null) value. */
	record RatingView(SatisfactionDimension dimension, String label, String wording, int lowest, int highest) {

	}

	record AwarenessView(AwarenessItem item, String wording) {

	}

}
