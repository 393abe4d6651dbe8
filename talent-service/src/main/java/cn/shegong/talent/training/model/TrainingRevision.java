package cn.shegong.talent.training.model;

import java.util.Objects;

/**
 * A correction as the history keeps it: the values the record had before, and why they
 * changed.
 */
public record TrainingRevision(TrainingChange change, TrainingRecord before) {

	public TrainingRevision {
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(before, "before");
	}

}
