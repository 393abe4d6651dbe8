package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A worker placed on a project (派驻) in a role, for a share of full time, from a first day
 * to an optional last day, both inclusive.
 *
 * @param fteBasisPoints share of full time in basis points, 10000 being full time
 */
public record Assignment(String workerId, StaffRole role, int fteBasisPoints, LocalDate from, Optional<LocalDate> to) {

	/** Full time in basis points. */
	public static final int FULL_TIME = 10_000;

	public Assignment {
		if (workerId == null || workerId.isBlank() || role == null || from == null || to == null) {
			throw new IllegalArgumentException("an assignment needs a worker, a role and a first day");
		}
		if (fteBasisPoints <= 0 || fteBasisPoints > FULL_TIME) {
			throw ProblemException.ruleViolated("assignment-fte-out-of-range",
					"An assignment's FTE is between 1 and 10000 basis points, was " + fteBasisPoints + " for "
							+ workerId + ".",
					fteBasisPoints, workerId);
		}
		if (to.isPresent() && to.get().isBefore(from)) {
			throw ProblemException.ruleViolated("assignment-ends-before-it-starts",
					"An assignment of " + workerId + " ends on " + to.get() + ", before it starts on " + from + ".",
					workerId, from, to.get());
		}
	}

	/** Full time, open-ended. */
	public static Assignment fullTime(String workerId, StaffRole role, LocalDate from) {
		return new Assignment(workerId, role, FULL_TIME, from, Optional.empty());
	}

	public Assignment until(LocalDate lastDay) {
		return new Assignment(this.workerId, this.role, this.fteBasisPoints, this.from, Optional.of(lastDay));
	}

	public boolean isActiveOn(LocalDate day) {
		return !day.isBefore(this.from) && this.to.map((last) -> !day.isAfter(last)).orElse(true);
	}

}
