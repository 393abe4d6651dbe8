package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.shegong.platform.problem.ProblemException;

/**
 * Talent's copy of an awarded contract with the team its agency placed on it, and the
 * figures last announced for it. The figures are kept here so that a re-assessment that
 * changes nothing announces nothing, however often it runs.
 */
public record StaffedContract(String contractId, String projectId, String agencyId, String regionCode,
		ContractTerm term, StaffingRequirement requirement, List<PlacedAssignment> assignments,
		Optional<StaffingFigures> lastPublished) {

	public StaffedContract {
		assignments = List.copyOf(assignments);
		if (contractId == null || agencyId == null || term == null || requirement == null || lastPublished == null) {
			throw new IllegalArgumentException("a staffed contract needs an id, an agency, a term and a requirement");
		}
	}

	/** As awarded: nobody placed yet and nothing announced yet. */
	public static StaffedContract awarded(String contractId, String projectId, String agencyId, String regionCode,
			ContractTerm term, StaffingRequirement requirement) {
		return new StaffedContract(contractId, projectId, agencyId, regionCode, term, requirement, List.of(),
				Optional.empty());
	}

	/** Places a worker inside the term; an open end becomes the term's last day. */
	public StaffedContract assign(String assignmentId, Assignment assignment) {
		List<PlacedAssignment> placed = new ArrayList<>(this.assignments);
		placed.add(new PlacedAssignment(assignmentId, this.term.fit(assignment)));
		return withAssignments(placed);
	}

	/** Ends an assignment on its new last day, which may only bring its end nearer. */
	public StaffedContract end(String assignmentId, LocalDate lastDay) {
		PlacedAssignment found = assignment(assignmentId);
		LocalDate currentLastDay = found.assignment().to().orElse(this.term.to());
		if (lastDay.isAfter(currentLastDay)) {
			throw ProblemException.ruleViolated("assignment-end-after-its-last-day",
					"Assignment %s already ends on %s; it cannot be ended later, on %s".formatted(assignmentId,
							currentLastDay, lastDay),
					assignmentId, currentLastDay, lastDay);
		}
		PlacedAssignment ended = new PlacedAssignment(assignmentId, found.assignment().until(lastDay));
		return withAssignments(
				this.assignments.stream().map((placed) -> placed.id().equals(assignmentId) ? ended : placed).toList());
	}

	public PlacedAssignment assignment(String assignmentId) {
		return this.assignments.stream()
			.filter((placed) -> placed.id().equals(assignmentId))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("assignment-not-found",
					"No assignment %s on contract %s".formatted(assignmentId, this.contractId), assignmentId,
					this.contractId));
	}

	/**
	 * The team on the day against the requirement. A worker who no longer works for the
	 * contracted agency does not count, whatever their assignment still says.
	 */
	public StaffingAssessment assessOn(LocalDate day, Certifications certifications,
			Predicate<String> employedByAgency) {
		Roster roster = new Roster(this.assignments.stream()
			.map(PlacedAssignment::assignment)
			.filter((assignment) -> employedByAgency.test(assignment.workerId()))
			.toList());
		return this.requirement.assess(roster, certifications, day);
	}

	/** Whether the assessment says something other than what was last announced. */
	public boolean isNews(StaffingAssessment assessment) {
		return this.lastPublished.map((published) -> !published.equals(StaffingFigures.of(assessment))).orElse(true);
	}

	public StaffedContract published(StaffingAssessment assessment) {
		return new StaffedContract(this.contractId, this.projectId, this.agencyId, this.regionCode, this.term,
				this.requirement, this.assignments, Optional.of(StaffingFigures.of(assessment)));
	}

	private StaffedContract withAssignments(List<PlacedAssignment> placed) {
		return new StaffedContract(this.contractId, this.projectId, this.agencyId, this.regionCode, this.term,
				this.requirement, placed, this.lastPublished);
	}

}
