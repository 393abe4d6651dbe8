package cn.shegong.talent.staffing.application;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.talent.staffing.model.StaffRole;

/** What HR asks for when placing a worker on a contract; an open end means the term's. */
public record NewAssignment(String workerId, StaffRole role, int fteBasisPoints, LocalDate from,
		Optional<LocalDate> to) {

}
