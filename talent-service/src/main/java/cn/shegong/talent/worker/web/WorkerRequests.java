package cn.shegong.talent.worker.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.worker.application.NewWorker;
import cn.shegong.talent.worker.application.ProfileEdit;
import cn.shegong.talent.worker.model.Education;
import cn.shegong.talent.worker.model.Employment;

/** The bodies the worker endpoints accept. */
final class WorkerRequests {

	private WorkerRequests() {
	}

	/**
	 * The resident ID is validated by the domain (check digit, birth date) so the refusal
	 * names the rule; here only its presence is checked.
	 */
	record RegisterWorker(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 40) String residentId,
			@NotNull Education education, @NotNull @PositiveOrZero @Max(60) Integer yearsOfService,
			LocalDate employedSince, @Min(1) @Max(10_000) Integer fteBasisPoints) {

		NewWorker toNewWorker() {
			return new NewWorker(this.name, this.residentId, this.education, this.yearsOfService,
					Optional.ofNullable(this.employedSince), optional(this.fteBasisPoints));
		}

		@Override
		public String toString() {
			return "RegisterWorker[" + this.name + "]";
		}

	}

	/** A search by number goes in a body, never a URL, so it stays out of access logs. */
	record FindByResidentId(@NotBlank @Size(max = 40) String residentId) {

		@Override
		public String toString() {
			return "FindByResidentId[]";
		}

	}

	/**
	 * A correction of the profile; absent fields stay as they are. A resident ID number
	 * in the body is refused rather than ignored, so nobody believes it was changed.
	 */
	record EditProfile(@Size(max = 100) String name, Education education,
			@PositiveOrZero @Max(60) Integer yearsOfService, String residentId,
			@NotBlank @Size(max = 500) String reason, @NotNull @PositiveOrZero Long version) {

		ProfileEdit toProfileEdit() {
			if (this.residentId != null) {
				throw ProblemException.ruleViolated("worker-resident-id-not-editable",
						"The resident ID number cannot be corrected: a different number is a different person, so record a new worker with it");
			}
			return new ProfileEdit(Optional.ofNullable(this.name), Optional.ofNullable(this.education),
					Optional.ofNullable(this.yearsOfService));
		}

		@Override
		public String toString() {
			return "EditProfile[version=" + this.version + "]";
		}

	}

	/** The share of full time at the new employer defaults to full time. */
	record MoveEmployer(@NotBlank @Size(max = 64) String agencyId, @NotNull LocalDate from,
			@NotNull @PositiveOrZero Long version, @Min(1) @Max(10_000) Integer fteBasisPoints) {

		int fteOrFullTime() {
			return optional(this.fteBasisPoints).orElse(Employment.FULL_TIME);
		}

	}

	record ChangeWorkingTime(@NotNull @Min(1) @Max(10_000) Integer fteBasisPoints, @NotNull LocalDate from,
			@NotBlank @Size(max = 500) String reason, @NotNull @PositiveOrZero Long version) {

	}

	private static OptionalInt optional(Integer value) {
		return (value != null) ? OptionalInt.of(value) : OptionalInt.empty();
	}

}
