package cn.shegong.talent.worker.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * Who changes a worker's record, when and why. A change without a reason is refused: the
 * history must say why a record changed.
 */
public record ProfileChangeNote(String changedBy, Instant changedAt, String reason) {

	public ProfileChangeNote {
		Objects.requireNonNull(changedBy, "changedBy");
		Objects.requireNonNull(changedAt, "changedAt");
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated("worker-profile-reason-required",
					"A change of a worker's record needs a reason");
		}
		reason = reason.strip();
	}

	ProfileChange recording(List<FieldChange> fields) {
		return new ProfileChange(this.changedBy, this.changedAt, this.reason, fields);
	}

}
