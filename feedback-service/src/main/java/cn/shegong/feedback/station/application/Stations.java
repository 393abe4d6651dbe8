package cn.shegong.feedback.station.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.shegong.feedback.panel.EvaluatorPanels;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * The projects residents can be heard about, and who may read what was said about each:
 * the agency running it (its staff and HR), officers and supervisors whose region
 * contains it, and admins; and who may read its figures (measures and on-time rates,
 * never residents' words): those, and the evaluators assigned to evaluate it. Everyone
 * else, an unassigned evaluator too, is told the project does not exist.
 */
@Service
public class Stations {

	private final ServedProjects projects;

	private final EvaluatorPanels panels;

	private final Clock clock;

	Stations(ServedProjects projects, EvaluatorPanels panels, Clock clock) {
		this.projects = projects;
		this.panels = panels;
		this.clock = clock;
	}

	/** What a resident can pick today, by title. */
	public List<ServedProject> openToResidents() {
		return this.projects.openOn(today());
	}

	/**
	 * The project a resident means, by the station code on the poster or the project id
	 * from the public list; refused unless an agency runs it today.
	 */
	public ServedProject forResident(String stationCodeOrProjectId) {
		ServedProject project = this.projects.byStationCode(stationCodeOrProjectId)
			.or(() -> this.projects.find(stationCodeOrProjectId.strip()))
			.orElseThrow(() -> notFound(stationCodeOrProjectId));
		return openForFeedback(project);
	}

	/**
	 * The project, if it takes feedback today: an agency runs it and its term is on; else
	 * 422 {@code project-not-open-for-feedback}.
	 */
	public ServedProject openForFeedback(ServedProject project) {
		LocalDate today = today();
		if (!project.isOpenForFeedbackOn(today)) {
			throw ProblemException.ruleViolated("project-not-open-for-feedback",
					"Project %s takes feedback from %s to %s, while an agency runs it; today is %s"
						.formatted(project.projectId(), project.termFrom(), project.termTo(), today),
					project.projectId(), project.termFrom(), project.termTo(), today);
		}
		return project;
	}

	/** A project the caller may read feedback about, or 404. */
	public ServedProject readable(Caller caller, String projectId) {
		return this.projects.find(projectId)
			.filter((project) -> mayRead(caller, project))
			.orElseThrow(() -> notFound(projectId));
	}

	/**
	 * A project whose figures the caller may read: anyone who may read its feedback, and
	 * the evaluators on a panel of one of its evaluations (also after it ended); or 404.
	 */
	public ServedProject figuresReadable(Caller caller, String projectId) {
		return this.projects.find(projectId)
			.filter((project) -> mayRead(caller, project) || evaluates(caller, project))
			.orElseThrow(() -> notFound(projectId));
	}

	/**
	 * A project whose measure the caller may have published for an evaluation: admins,
	 * officers and supervisors overseeing it, and the evaluators on one of its panels; or
	 * 404. The panels are read only when nothing else lets the caller in.
	 */
	public ServedProject measurable(Caller caller, String projectId) {
		return this.projects.find(projectId)
			.filter((project) -> caller.hasRole(PlatformRoles.ADMIN) || oversees(caller, project)
					|| evaluates(caller, project))
			.orElseThrow(() -> notFound(projectId));
	}

	/**
	 * Whether the caller is an evaluator on a panel of one of the project's evaluations.
	 */
	public boolean evaluates(Caller caller, ServedProject project) {
		return caller.hasRole(PlatformRoles.EVALUATOR)
				&& isAssignedEvaluator(caller, this.panels.evaluatorsOf(project.projectId()));
	}

	/**
	 * An evaluator sees a project's figures only while on one of its panels.
	 * @param assignedEvaluators the usernames on the panels of the project's evaluations
	 */
	public static boolean isAssignedEvaluator(Caller caller, Set<String> assignedEvaluators) {
		return caller.hasRole(PlatformRoles.EVALUATOR) && assignedEvaluators.contains(caller.username());
	}

	/** Whether the caller works for the agency running the project. */
	public static boolean isRunningAgency(Caller caller, ServedProject project) {
		return caller.hasAnyRole(PlatformRoles.AGENCY_STAFF, PlatformRoles.AGENCY_HR) && project.agencyId().isPresent()
				&& caller.agencyId().equals(project.agencyId());
	}

	/** Whether the caller oversees the project's region as buyer or supervisor. */
	public static boolean oversees(Caller caller, ServedProject project) {
		return caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)
				&& caller.governs(project.regionCode());
	}

	public static boolean mayRead(Caller caller, ServedProject project) {
		return caller.hasRole(PlatformRoles.ADMIN) || isRunningAgency(caller, project) || oversees(caller, project);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ProblemException notFound(String projectId) {
		return ProblemException.notFound("project-not-found", "No project %s here".formatted(projectId), projectId);
	}

}
