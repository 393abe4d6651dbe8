package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every assignment to one project's contract, past, present and future. Counting is per
 * worker, not per assignment: two half-time assignments of one worker make one full-time
 * member of staff, and a worker in two roles is counted in each role once.
 */
public record Roster(List<Assignment> assignments) {

	public Roster {
		assignments = List.copyOf(assignments);
	}

	public static Roster of(Assignment... assignments) {
		return new Roster(List.of(assignments));
	}

	/** Workers whose assignments active on the day add up to full time. */
	Set<String> fullTimeStaffOn(LocalDate day) {
		Map<String, Integer> fte = activeOn(day).stream()
			.collect(Collectors.toMap(Assignment::workerId, Assignment::fteBasisPoints, Integer::sum, TreeMap::new));
		return fte.entrySet()
			.stream()
			.filter((worker) -> worker.getValue() >= Assignment.FULL_TIME)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	Set<String> workersOn(LocalDate day, Predicate<StaffRole> role) {
		return activeOn(day).stream()
			.filter((assignment) -> role.test(assignment.role()))
			.map(Assignment::workerId)
			.collect(Collectors.toSet());
	}

	private List<Assignment> activeOn(LocalDate day) {
		return this.assignments.stream().filter((assignment) -> assignment.isActiveOn(day)).toList();
	}

}
