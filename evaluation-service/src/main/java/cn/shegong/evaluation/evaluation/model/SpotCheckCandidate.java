package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A project under contract that an annual spot check might choose. */
public record SpotCheckCandidate(String projectId, String contractId, LocalDate termStart, LocalDate termEnd) {

	public SpotCheckCandidate {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(termStart, "termStart");
		Objects.requireNonNull(termEnd, "termEnd");
	}

	/**
	 * Longer than the minimum term: a term of exactly one year is not "longer than a
	 * year".
	 */
	boolean runsLongerThan(Period minimum) {
		return this.termEnd.isAfter(this.termStart.plus(minimum));
	}

}
