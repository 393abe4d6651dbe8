package cn.shegong.talent.worker.model;

import java.time.Instant;

import cn.shegong.platform.problem.ProblemException;

/**
 * HR's correction of a worker's profile: the profile as it should read, who corrects it,
 * when and why. A correction without a reason is refused: the history must say why a
 * record changed.
 */
public record ProfileCorrection(WorkerProfile corrected, String correctedBy, Instant correctedAt, String reason) {

	public ProfileCorrection {
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated("worker-profile-reason-required",
					"A correction of a worker's profile needs a reason");
		}
		reason = reason.strip();
	}

}
