package cn.shegong.talent.worker.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time a worker was employed by one agency; {@code until} is the last day,
 * empty while it lasts.
 */
public record Employment(String agencyId, LocalDate from, Optional<LocalDate> until) {

	public Employment {
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
	}

	static Employment startingOn(String agencyId, LocalDate from) {
		return new Employment(agencyId, from, Optional.empty());
	}

	boolean isCurrent() {
		return this.until.isEmpty();
	}

	Employment endedOn(LocalDate lastDay) {
		return new Employment(this.agencyId, this.from, Optional.of(lastDay));
	}

}
