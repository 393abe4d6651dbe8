package cn.shegong.procurement.project.model;

import java.time.LocalDate;

import cn.shegong.platform.problem.ProblemException;

/**
 * When the service runs, both days included. Longer than the standard maximum only with a
 * stated reason, and never longer than the extended maximum.
 */
public record ContractTerm(LocalDate from, LocalDate to, String reasonForLongTerm) {

	public static ContractTerm of(LocalDate from, LocalDate to, String reasonForLongTerm, TermRules rules) {
		if (to.isBefore(from)) {
			throw ProblemException.ruleViolated("term-ends-before-it-starts",
					"A term from " + from + " cannot end on " + to);
		}
		// The last day is included: a one-year term from 1 January ends on 31 December.
		LocalDate endOfStandard = from.plus(rules.standardMaximum()).minusDays(1);
		LocalDate endOfExtended = from.plus(rules.extendedMaximum()).minusDays(1);
		if (to.isAfter(endOfExtended)) {
			throw ProblemException.ruleViolated("contract-term-too-long", "A term may last " + rules.extendedMaximum()
					+ " at most: from " + from + " it must end by " + endOfExtended + ", not " + to);
		}
		boolean longTerm = to.isAfter(endOfStandard);
		if (longTerm && (reasonForLongTerm == null || reasonForLongTerm.isBlank())) {
			throw ProblemException.ruleViolated("long-term-needs-reason", "A term longer than "
					+ rules.standardMaximum() + " (ending after " + endOfStandard + ") needs a stated reason");
		}
		return new ContractTerm(from, to, longTerm ? reasonForLongTerm : null);
	}

	public boolean isLongTerm() {
		return this.reasonForLongTerm != null;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
