package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spell of an evaluator's working for an agency.
 *
 * @param until the last day worked, or {@code null} while still employed there
 */
public record Employment(String agencyId, LocalDate from, LocalDate until) {

	public Employment {
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(from, "from");
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException(
					"employment at " + agencyId + " ends " + until + " before it starts " + from);
		}
	}

	/** Whether this spell reaches the day or later: an open spell always does. */
	boolean reaches(LocalDate day) {
		return this.until == null || !this.until.isBefore(day);
	}

}
