package cn.shegong.procurement.delivery.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.delivery.application.ProgressReporting;

/**
 * Progress reports of a contract: only the contracted agency's staff submit them; they
 * and the buyer's officers read them.
 */
@RestController
@RequestMapping("/api/procurement/contracts/{contractId}/progress-reports")
class ProgressReportController {

	private final ProgressReporting reporting;

	ProgressReportController(ProgressReporting reporting) {
		this.reporting = reporting;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('agency-staff')")
	ProgressReportView submit(Caller caller, @PathVariable String contractId,
			@Valid @RequestBody ProgressReportRequest request) {
		ProgressReporting.Reported reported = this.reporting.submit(caller, contractId, request.period(),
				request.volume());
		return ProgressReportView.of(contractId, reported.report(), reported.contract().terms().targets());
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin', 'agency-staff')")
	ProgressReportsView list(Caller caller, @PathVariable String contractId) {
		return ProgressReportsView.of(this.reporting.list(caller, contractId));
	}

}
