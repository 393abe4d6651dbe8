package cn.shegong.feedback.survey.model;

import java.time.Instant;
import java.util.Optional;

import cn.shegong.feedback.channel.model.FeedbackChannel;

/**
 * One respondent's stored answers to one survey version about one project. No personal
 * data: an online response is anonymous, and a staff-entered one records only which staff
 * member typed it in.
 *
 * @param enteredBy the staff member who entered it, empty for a resident's own
 */
public record SurveyResponse(String responseId, String projectId, int surveyVersion, FeedbackChannel channel,
		SurveyAnswers answers, Instant receivedAt, Optional<String> enteredBy) {

	public SurveyResponse {
		if (responseId == null || projectId == null || channel == null || answers == null || receivedAt == null
				|| enteredBy == null) {
			throw new IllegalArgumentException("a survey response needs its id, project, channel, answers and time");
		}
		if (channel.enteredByStaff() != enteredBy.isPresent()) {
			throw new IllegalArgumentException(
					"channel " + channel + " is entered " + (channel.enteredByStaff() ? "by staff" : "by residents"));
		}
	}

}
