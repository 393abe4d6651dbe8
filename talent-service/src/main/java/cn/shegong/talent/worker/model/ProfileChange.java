package cn.shegong.talent.worker.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A correction of a worker's profile as the history keeps it: who made it, when, why and
 * which fields went from what to what.
 */
public record ProfileChange(String changedBy, Instant changedAt, String reason, List<FieldChange> fields) {

	public ProfileChange {
		Objects.requireNonNull(changedBy, "changedBy");
		Objects.requireNonNull(changedAt, "changedAt");
		Objects.requireNonNull(reason, "reason");
		fields = List.copyOf(fields);
	}

}
