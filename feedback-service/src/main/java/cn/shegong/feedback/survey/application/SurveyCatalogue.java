package cn.shegong.feedback.survey.application;

import java.time.Clock;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.shegong.feedback.survey.model.AwarenessItem;
import cn.shegong.feedback.survey.model.SatisfactionDimension;
import cn.shegong.feedback.survey.model.Survey;
import cn.shegong.feedback.survey.persistence.SurveyVersions;
import cn.shegong.platform.problem.ProblemException;

/**
 * The survey versions residents answer: version 1 ships with the service and is stored at
 * start-up if no survey exists; an admin publishes later versions, and every version
 * stays readable for the responses tied to it.
 */
@Service
public class SurveyCatalogue {

	private final SurveyVersions versions;

	private final Clock clock;

	SurveyCatalogue(SurveyVersions versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
		if (versions.latest().isEmpty()) {
			// Several instances may start at once: the insert keeps only one version 1.
			versions.insertIfAbsent(Survey.firstVersion(clock.instant()));
		}
	}

	/** The version new responses answer: the highest published. */
	public Survey current() {
		return this.versions.latest().orElseThrow(() -> new IllegalStateException("version 1 is stored at start-up"));
	}

	/** A published version, or 422 {@code survey-version-unknown}. */
	public Survey version(int version) {
		return this.versions.find(version)
			.orElseThrow(() -> ProblemException.ruleViolated("survey-version-unknown",
					"No survey version %d has been published".formatted(version), version));
	}

	/**
	 * Publishes the next version with these questions; 409
	 * {@code survey-published-concurrently} if another admin took that number first.
	 */
	public Survey publish(Map<SatisfactionDimension, String> ratingQuestions,
			Map<AwarenessItem, String> awarenessQuestions) {
		Survey next = new Survey(current().version() + 1, ratingQuestions, awarenessQuestions, this.clock.instant());
		if (!this.versions.insertIfAbsent(next)) {
			throw ProblemException.conflict("survey-published-concurrently",
					"Survey version %d was published by someone else just now; read it and publish again if needed"
						.formatted(next.version()),
					next.version());
		}
		return next;
	}

}
