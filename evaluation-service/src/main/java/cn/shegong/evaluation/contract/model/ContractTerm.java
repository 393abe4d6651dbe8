package cn.shegong.evaluation.contract.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a contract runs, both included. */
public record ContractTerm(LocalDate from, LocalDate to) {

	public ContractTerm {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A contract term ends on or after its start: " + from + ".." + to);
		}
	}

	public long days() {
		return daysBetween(this.from, this.to);
	}

	/** The days of {@code from..to} (both included) that fall within the term. */
	public long daysWithin(LocalDate periodFrom, LocalDate periodTo) {
		LocalDate start = periodFrom.isAfter(this.from) ? periodFrom : this.from;
		LocalDate end = periodTo.isBefore(this.to) ? periodTo : this.to;
		return end.isBefore(start) ? 0 : daysBetween(start, end);
	}

	private static long daysBetween(LocalDate first, LocalDate last) {
		return ChronoUnit.DAYS.between(first, last) + 1;
	}

}
