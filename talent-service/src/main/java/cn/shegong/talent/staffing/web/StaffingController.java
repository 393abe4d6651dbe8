package cn.shegong.talent.staffing.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.staffing.application.ContractStaffing;
import cn.shegong.talent.staffing.web.StaffingResponses.StaffingResponse;

/**
 * {@code /api/talent/contracts/{contractId}/staffing}: the team measured against the
 * contract's requirement today, or on the day asked for ({@code ?on=2027-01-01}). Figures
 * and reasons only, so officers, supervisors and the evaluators assigned to the contract
 * may read it too; anyone else is told the contract does not exist.
 */
@RestController
@PreAuthorize("hasAnyRole('agency-hr', 'procurement-officer', 'supervisor', 'evaluator', 'admin')")
class StaffingController {

	private final ContractStaffing staffing;

	StaffingController(ContractStaffing staffing) {
		this.staffing = staffing;
	}

	/**
	 * @param on the day to assess; today when absent
	 */
	@GetMapping("/api/talent/contracts/{contractId}/staffing")
	StaffingResponse staffing(Caller caller, @PathVariable String contractId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return StaffingResponse.of((on != null) ? this.staffing.staffingOn(caller, contractId, on)
				: this.staffing.staffing(caller, contractId));
	}

}
