package cn.shegong.talent.staffing.web;

import java.net.URI;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.staffing.application.ContractStaffing;
import cn.shegong.talent.staffing.application.ContractStaffing.Placed;
import cn.shegong.talent.staffing.persistence.StaffedContracts.Versioned;
import cn.shegong.talent.staffing.web.AssignmentRequests.AssignWorker;
import cn.shegong.talent.staffing.web.AssignmentRequests.EndAssignment;
import cn.shegong.talent.staffing.web.StaffingResponses.AssignmentResponse;
import cn.shegong.talent.staffing.web.StaffingResponses.AssignmentsResponse;

/**
 * {@code /api/talent/contracts/{contractId}/assignments}: the contracted agency's HR
 * places its own workers on the contract (派驻) and ends their placements.
 */
@RestController
@RequestMapping("/api/talent/contracts/{contractId}/assignments")
@PreAuthorize("hasRole('agency-hr')")
class AssignmentController {

	private final ContractStaffing staffing;

	AssignmentController(ContractStaffing staffing) {
		this.staffing = staffing;
	}

	@PostMapping
	ResponseEntity<AssignmentResponse> assign(Caller caller, @PathVariable String contractId,
			@Valid @RequestBody AssignWorker request) {
		Placed placed = this.staffing.assign(caller, contractId, request.toNewAssignment());
		return ResponseEntity
			.created(URI.create("/api/talent/contracts/" + contractId + "/assignments/" + placed.assignmentId()))
			.body(view(placed));
	}

	@GetMapping
	AssignmentsResponse list(Caller caller, @PathVariable String contractId) {
		Versioned read = this.staffing.assignments(caller, contractId);
		return AssignmentsResponse.of(read.contract(), read.version());
	}

	@PostMapping("/{assignmentId}/end")
	AssignmentResponse end(Caller caller, @PathVariable String contractId, @PathVariable String assignmentId,
			@Valid @RequestBody EndAssignment request) {
		return view(this.staffing.end(caller, contractId, assignmentId, request.lastDay(), request.version()));
	}

	private static AssignmentResponse view(Placed placed) {
		return AssignmentResponse.of(placed.contract().assignment(placed.assignmentId()), placed.version());
	}

}
