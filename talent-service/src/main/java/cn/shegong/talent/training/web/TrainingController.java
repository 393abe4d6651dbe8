package cn.shegong.talent.training.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.talent.training.application.TrainingLog;
import cn.shegong.talent.training.application.TrainingShortfalls;
import cn.shegong.talent.training.web.TrainingRequests.CorrectTraining;
import cn.shegong.talent.training.web.TrainingRequests.RecordTraining;
import cn.shegong.talent.training.web.TrainingRequests.VoidTraining;
import cn.shegong.talent.training.web.TrainingResponses.ShortfallView;
import cn.shegong.talent.training.web.TrainingResponses.TrainingView;

/**
 * HR records its workers' training, corrects or voids a record with a reason (the earlier
 * values stay in the record's history), and asks who falls short of the contract's annual
 * minimum or the national continuing-education minimum, and by how much.
 */
@RestController
@RequestMapping("/api/talent")
@PreAuthorize("hasRole('agency-hr')")
class TrainingController {

	private final TrainingLog log;

	private final TrainingShortfalls shortfalls;

	TrainingController(TrainingLog log, TrainingShortfalls shortfalls) {
		this.log = log;
		this.shortfalls = shortfalls;
	}

	@PostMapping("/workers/{workerId}/training")
	@ResponseStatus(HttpStatus.CREATED)
	TrainingView record(Caller caller, @PathVariable String workerId, @Valid @RequestBody RecordTraining request) {
		return TrainingView.of(this.log.record(caller, workerId, request.toNewRecord()));
	}

	@GetMapping("/workers/{workerId}/training")
	List<TrainingView> list(Caller caller, @PathVariable String workerId) {
		return this.log.of(caller, workerId).stream().map(TrainingView::of).toList();
	}

	@PatchMapping("/workers/{workerId}/training/{recordId}")
	TrainingView correct(Caller caller, @PathVariable String workerId, @PathVariable String recordId,
			@Valid @RequestBody CorrectTraining request) {
		return TrainingView
			.of(this.log.correct(caller, workerId, recordId, request.toEdit(), request.reason(), request.version()));
	}

	@PostMapping("/workers/{workerId}/training/{recordId}/void")
	TrainingView voidRecord(Caller caller, @PathVariable String workerId, @PathVariable String recordId,
			@Valid @RequestBody VoidTraining request) {
		return TrainingView.of(this.log.voidRecord(caller, workerId, recordId, request.reason(), request.version()));
	}

	@GetMapping("/training/shortfalls")
	List<ShortfallView> shortfalls(Caller caller, @RequestParam int year) {
		return this.shortfalls.report(caller, year).stream().map(ShortfallView::of).toList();
	}

}
