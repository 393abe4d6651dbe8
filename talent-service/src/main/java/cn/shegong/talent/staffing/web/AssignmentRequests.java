package cn.shegong.talent.staffing.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import cn.shegong.talent.staffing.application.NewAssignment;
import cn.shegong.talent.staffing.model.StaffRole;

final class AssignmentRequests {

	private AssignmentRequests() {
	}

	/** Places a worker; without {@code to} the assignment runs to the contract's end. */
	record AssignWorker(@NotBlank String workerId, @NotNull StaffRole role,
			@NotNull @Min(1) @Max(10_000) Integer fteBasisPoints, @NotNull LocalDate from, LocalDate to) {

		NewAssignment toNewAssignment() {
			return new NewAssignment(this.workerId, this.role, this.fteBasisPoints, this.from,
					Optional.ofNullable(this.to));
		}

	}

	/** Ends an assignment on its last day, judged against the staffing's version. */
	record EndAssignment(@NotNull LocalDate lastDay, @NotNull @PositiveOrZero Long version) {

	}

}
