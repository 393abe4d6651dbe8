package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.project.model.ContractTerm;

/** The days a progress report covers, both included. */
public record ReportingPeriod(LocalDate from, LocalDate to) {

	public ReportingPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw ProblemException.ruleViolated("period-ends-before-it-starts",
					"a reporting period from %s cannot end on %s".formatted(from, to), from, to);
		}
	}

	public boolean overlaps(ReportingPeriod other) {
		return !this.to.isBefore(other.from) && !other.to.isBefore(this.from);
	}

	public boolean isWithin(ContractTerm term) {
		return term.covers(this.from) && term.covers(this.to);
	}

	@Override
	public String toString() {
		return this.from + "…" + this.to;
	}

}
