package cn.shegong.talent.training.model;

import java.time.Instant;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * Who corrected or voided a training record, when and why. The reason is required: a
 * record's history must say why its hours changed.
 */
public record TrainingChange(String changedBy, Instant changedAt, String reason) {

	public TrainingChange {
		Objects.requireNonNull(changedBy, "changedBy");
		Objects.requireNonNull(changedAt, "changedAt");
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated("training-change-reason-required",
					"A correction or voiding of a training record needs a reason");
		}
		reason = reason.strip();
	}

}
