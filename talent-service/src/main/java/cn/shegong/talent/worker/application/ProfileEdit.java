package cn.shegong.talent.worker.application;

import java.util.Optional;

import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.WorkerProfile;

/**
 * The profile fields HR wants changed; an empty one stays as it is.
 */
public record ProfileEdit(Optional<String> name, Optional<Education> education, Optional<Integer> yearsOfService) {

	/** Every field given: what an import row says the profile is. */
	public static ProfileEdit of(WorkerProfile profile) {
		return new ProfileEdit(Optional.of(profile.name()), Optional.of(profile.education()),
				Optional.of(profile.yearsOfService()));
	}

	WorkerProfile applyTo(WorkerProfile current) {
		return new WorkerProfile(this.name.orElse(current.name()), this.education.orElse(current.education()),
				this.yearsOfService.orElse(current.yearsOfService()));
	}

	@Override
	public String toString() {
		return "ProfileEdit[]";
	}

}
