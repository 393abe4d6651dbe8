package cn.shegong.feedback.survey.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.intake.SubmissionGuard;
import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.survey.model.Survey;
import cn.shegong.feedback.survey.model.SurveyAnswers;
import cn.shegong.feedback.survey.model.SurveyResponse;
import cn.shegong.feedback.survey.persistence.SurveyResponses;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * Takes survey responses: a resident's own, anonymously online, and those staff enter
 * from the hotline, a forum, a paper questionnaire or a village committee.
 */
@Service
public class SurveyIntake {

	static final String SUBMISSION_KIND = "survey-response";

	private final Stations stations;

	private final SurveyCatalogue catalogue;

	private final SurveyResponses responses;

	private final SubmissionGuard guard;

	private final Clock clock;

	SurveyIntake(Stations stations, SurveyCatalogue catalogue, SurveyResponses responses, SubmissionGuard guard,
			Clock clock) {
		this.stations = stations;
		this.catalogue = catalogue;
		this.responses = responses;
		this.guard = guard;
		this.clock = clock;
	}

	/**
	 * A resident's own response through the online form; the same answers from the same
	 * client about the same project are refused as a repeat (409
	 * {@code duplicate-submission}).
	 * @return the response id
	 */
	public String answerOnline(String stationCodeOrProjectId, Answered answered, String client) {
		ServedProject project = this.stations.forResident(stationCodeOrProjectId);
		Survey survey = this.catalogue.version(answered.surveyVersion());
		SurveyAnswers answers = survey.answersFrom(answered.ratings(), answered.awareness());
		SubmissionGuard.Claim claim = this.guard.claim(SUBMISSION_KIND, client, project.projectId(),
				String.valueOf(survey.version()), answers.canonical());
		try {
			String responseId = store(project, survey, FeedbackChannel.ONLINE_FORM, answers, Optional.empty());
			this.guard.accepted(claim, responseId);
			return responseId;
		}
		catch (RuntimeException ex) {
			this.guard.abandon(claim);
			throw ex;
		}
	}

	/**
	 * A response staff enter on a resident's behalf: by the agency running the project or
	 * an officer overseeing it; anyone else is told the project does not exist. The
	 * online form is the residents' own and is refused here (422
	 * {@code channel-not-entered-by-staff}).
	 * @return the response id
	 */
	public String enterForResident(Caller caller, String projectId, FeedbackChannel channel, Answered answered) {
		ServedProject project = this.stations.readable(caller, projectId);
		if (!Stations.isRunningAgency(caller, project) && !Stations.oversees(caller, project)) {
			throw ProblemException.notFound("project-not-found", "No project %s here".formatted(projectId), projectId);
		}
		channel.requireEnteredByStaff();
		// Tickets staff enter are refused the same way: nobody answers before the award,
		// and a response after the term falls in no period that is ever measured.
		this.stations.openForFeedback(project);
		Survey survey = this.catalogue.version(answered.surveyVersion());
		SurveyAnswers answers = survey.answersFrom(answered.ratings(), answered.awareness());
		return store(project, survey, channel, answers, Optional.of(caller.username()));
	}

	private String store(ServedProject project, Survey survey, FeedbackChannel channel, SurveyAnswers answers,
			Optional<String> enteredBy) {
		String responseId = UUID.randomUUID().toString();
		this.responses.insert(new SurveyResponse(responseId, project.projectId(), survey.version(), channel, answers,
				this.clock.instant(), enteredBy));
		return responseId;
	}

	/**
	 * The answers as sent: dimension name → 1..5 or {@code null} ("don't know"), and
	 * awareness item name → known.
	 */
	public record Answered(int surveyVersion, Map<String, Integer> ratings, Map<String, Boolean> awareness) {

	}

}
