package cn.shegong.talent.worker.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.worker.application.WorkerDirectory;
import cn.shegong.talent.worker.persistence.StoredWorker;
import cn.shegong.talent.worker.web.WorkerRequests.ChangeWorkingTime;
import cn.shegong.talent.worker.web.WorkerRequests.EditProfile;
import cn.shegong.talent.worker.web.WorkerRequests.FindByResidentId;
import cn.shegong.talent.worker.web.WorkerRequests.MoveEmployer;
import cn.shegong.talent.worker.web.WorkerRequests.RegisterWorker;

/**
 * {@code /api/talent/workers}: an agency's HR records and reads its own workers and moves
 * them to another employer, and corrects their profile (name, education, years of
 * service) and their share of full time, with a reason that stays in the worker's
 * history. Nobody else reads workers here; officers and evaluators see staffing
 * compliance, never people's ID numbers.
 */
@RestController
@RequestMapping("/api/talent/workers")
@PreAuthorize("hasRole('agency-hr')")
class WorkerController {

	private final WorkerDirectory directory;

	WorkerController(WorkerDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	ResponseEntity<WorkerResponse> register(Caller caller, @Valid @RequestBody RegisterWorker request) {
		StoredWorker stored = this.directory.register(caller, request.toNewWorker());
		return ResponseEntity.created(URI.create("/api/talent/workers/" + stored.worker().id()))
			.body(WorkerResponse.of(stored));
	}

	@GetMapping
	List<WorkerResponse> list(Caller caller) {
		return this.directory.listOwn(caller).stream().map(WorkerResponse::of).toList();
	}

	@GetMapping("/{id}")
	WorkerResponse read(Caller caller, @PathVariable String id) {
		return WorkerResponse.of(this.directory.readOwn(caller, id));
	}

	@PostMapping("/search")
	WorkerResponse findByResidentId(Caller caller, @Valid @RequestBody FindByResidentId request) {
		return WorkerResponse.of(this.directory.findOwnByResidentId(caller, request.residentId()));
	}

	@PatchMapping("/{id}/profile")
	WorkerResponse correctProfile(Caller caller, @PathVariable String id, @Valid @RequestBody EditProfile request) {
		return WorkerResponse.of(this.directory.correctProfile(caller, id, request.toProfileEdit(), request.reason(),
				request.version()));
	}

	@PostMapping("/{id}/employment")
	WorkerResponse move(Caller caller, @PathVariable String id, @Valid @RequestBody MoveEmployer request) {
		return WorkerResponse.of(this.directory.move(caller, id, request.agencyId().strip(), request.from(),
				request.fteOrFullTime(), request.version()));
	}

	@PostMapping("/{id}/working-time")
	WorkerResponse changeWorkingTime(Caller caller, @PathVariable String id,
			@Valid @RequestBody ChangeWorkingTime request) {
		return WorkerResponse.of(this.directory.changeWorkingTime(caller, id, request.fteBasisPoints(), request.from(),
				request.reason(), request.version()));
	}

}
