package cn.shegong.talent.staffing.model;

import java.time.LocalDate;

import cn.shegong.platform.problem.ProblemException;

/**
 * The days a contract is in service, both inclusive, as procurement awarded it. Workers
 * can only be placed on a contract inside its term: a placement before or after it would
 * count toward nobody's staffing.
 */
public record ContractTerm(LocalDate from, LocalDate to) {

	public ContractTerm {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException(
					"a contract term needs a first and a later last day, was " + from + " to " + to);
		}
	}

	/** The assignment, ending on the term's last day if it names no end of its own. */
	public Assignment fit(Assignment assignment) {
		Assignment bounded = assignment.to().isPresent() ? assignment : assignment.until(this.to);
		if (bounded.from().isBefore(this.from) || bounded.to().orElseThrow().isAfter(this.to)) {
			throw ProblemException.ruleViolated("assignment-outside-contract-term",
					"An assignment from %s to %s lies outside the contract term %s to %s".formatted(bounded.from(),
							bounded.to().orElseThrow(), this.from, this.to),
					bounded.from(), bounded.to().orElseThrow(), this.from, this.to);
		}
		return bounded;
	}

}
