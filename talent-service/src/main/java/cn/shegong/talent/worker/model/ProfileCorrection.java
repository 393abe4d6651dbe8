package cn.shegong.talent.worker.model;

import java.time.Instant;
import java.util.Objects;

/**
 * HR's correction of a worker's profile: the profile as it should read, and who corrects
 * it, when and why.
 */
public record ProfileCorrection(WorkerProfile corrected, ProfileChangeNote note) {

	public ProfileCorrection {
		Objects.requireNonNull(corrected, "corrected");
		Objects.requireNonNull(note, "note");
	}

	public ProfileCorrection(WorkerProfile corrected, String correctedBy, Instant correctedAt, String reason) {
		this(corrected, new ProfileChangeNote(correctedBy, correctedAt, reason));
	}

}
