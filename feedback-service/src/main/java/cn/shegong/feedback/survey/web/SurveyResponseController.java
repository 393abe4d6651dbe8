package cn.shegong.feedback.survey.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.intake.ClientAddress;
import cn.shegong.feedback.survey.application.SurveyIntake;
import cn.shegong.feedback.survey.application.SurveyIntake.Answered;
import cn.shegong.platform.security.Caller;

/**
 * Residents answer the survey anonymously; the running agency's staff and the officers
 * overseeing a project enter answers that came by hotline, forum, paper or village
 * committee.
 */
@RestController
class SurveyResponseController {

	private final SurveyIntake intake;

	SurveyResponseController(SurveyIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/feedback/public/survey-responses")
	@ResponseStatus(HttpStatus.CREATED)
	Received answerOnline(@Valid @RequestBody OnlineResponse response, HttpServletRequest request) {
		return new Received(
				this.intake.answerOnline(response.project(), response.answered(), ClientAddress.of(request)));
	}

	@PostMapping("/api/feedback/projects/{projectId}/survey-responses")
	@PreAuthorize("hasAnyRole('agency-staff', 'agency-hr', 'procurement-officer', 'supervisor')")
	@ResponseStatus(HttpStatus.CREATED)
	Received enterForResident(Caller caller, @PathVariable String projectId,
			@Valid @RequestBody StaffEnteredResponse response) {
		return new Received(this.intake.enterForResident(caller, projectId, response.channel(),
				new Answered(response.surveyVersion(), response.answers(), response.awareness())));
	}

	/**
	 * @param project the station code from the poster or the project id from the list
	 * @param answers dimension → 1..5, or null for "don't know"
	 */
	record OnlineResponse(@NotBlank @Size(max = 64) String project, @NotNull @Positive Integer surveyVersion,
			@Size(max = 7) Map<String, Integer> answers, @Size(max = 5) Map<String, Boolean> awareness) {

		Answered answered() {
			return new Answered(this.surveyVersion, this.answers, this.awareness);
		}

	}

	record StaffEnteredResponse(@NotNull FeedbackChannel channel, @NotNull @Positive Integer surveyVersion,
			@Size(max = 7) Map<String, Integer> answers, @Size(max = 5) Map<String, Boolean> awareness) {

	}

	record Received(String responseId) {

	}

}
