package cn.shegong.evaluation.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.evaluation.model.EvaluationStep;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.evaluation.evaluation.persistence.Evaluations.Versioned;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Publication (信息公开) of final results within the configured days [DOMAIN §4]: the buyer
 * records where each was published, late or not, and sees which are still due.
 */
@Service
public class EvaluationPublication {

	private final Evaluations evaluations;

	private final EvaluationFlow flow;

	private final Clock clock;

	EvaluationPublication(Evaluations evaluations, EvaluationFlow flow, Clock clock) {
		this.evaluations = evaluations;
		this.flow = flow;
		this.clock = clock;
	}

	public EvaluationFile publish(Caller caller, String id, String channel, String reference) {
		Versioned v = this.flow.manageable(caller, id);
		LocalDate today = LocalDate.now(this.clock);
		EvaluationStep step = v.file().evaluation().publish(today);
		boolean late = v.file().evaluation().grading().isPublicationOverdueOn(today);
		EvaluationFile next = v.file()
			.published(step.evaluation(), new Publication(channel, reference, caller.username(), today, late));
		this.evaluations.save(next, v.version(), List.of());
		return next;
	}

	/**
	 * The region's final results not published yet, overdue first; for an admin, or an
	 * officer or supervisor of the region.
	 */
	public List<EvaluationFile> due(Caller caller, String regionCode) {
		boolean governs = caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& caller.governs(regionCode);
		if (!caller.hasRole(PlatformRoles.ADMIN) && !governs) {
			throw ProblemException.forbidden("region-not-governed",
					"Region " + regionCode + " is outside your jurisdiction.", regionCode);
		}
		return this.evaluations.unpublishedFinalGrades(regionCode);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
