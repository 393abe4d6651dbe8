package cn.shegong.talent.worker.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A stretch of time a worker was employed by one agency at one share of full time;
 * {@code until} is the last day, empty while it lasts. A change of working time ends one
 * stretch and starts the next, so the share on any past day can still be answered.
 *
 * @param fteBasisPoints share of full time, 1 to 10000, 10000 being full time
 */
public record Employment(String agencyId, LocalDate from, Optional<LocalDate> until, int fteBasisPoints) {

	/** Full time in basis points. */
	public static final int FULL_TIME = 10_000;

	public Employment {
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		if (fteBasisPoints < 1 || fteBasisPoints > FULL_TIME) {
			throw ProblemException.ruleViolated("employment-fte-out-of-range",
					"A share of full time is between 1 and 10000 basis points, was %s".formatted(fteBasisPoints),
					fteBasisPoints);
		}
	}

	/** A full-time stretch. */
	public Employment(String agencyId, LocalDate from, Optional<LocalDate> until) {
		this(agencyId, from, until, FULL_TIME);
	}

	static Employment startingOn(String agencyId, LocalDate from, int fteBasisPoints) {
		return new Employment(agencyId, from, Optional.empty(), fteBasisPoints);
	}

	boolean isCurrent() {
		return this.until.isEmpty();
	}

	Employment endedOn(LocalDate lastDay) {
		return new Employment(this.agencyId, this.from, Optional.of(lastDay), this.fteBasisPoints);
	}

}
