package cn.shegong.evaluation.rectification.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.rectification.application.RectificationFlow;
import cn.shegong.evaluation.rectification.model.Rectification;
import cn.shegong.platform.security.Caller;

/**
 * Rectifications (整改), one per final 合格 or 不合格 evaluation and keyed by its id: the agency
 * reports, the buyer verifies or returns. Who may act on which one is the flow's to
 * decide; the roles here only turn away those who never may.
 */
@RestController
@RequestMapping("/api/evaluation/rectifications")
class RectificationController {

	private static final String READERS = "hasAnyRole('admin', 'procurement-officer', 'supervisor', 'agency-staff')";

	private static final String JUDGES = "hasAnyRole('admin', 'procurement-officer')";

	private final RectificationFlow flow;

	RectificationController(RectificationFlow flow) {
		this.flow = flow;
	}

	@GetMapping
	@PreAuthorize(READERS)
	List<RectificationView> list(Caller caller, @RequestParam(required = false) String contractId,
			@RequestParam(required = false) String agencyId) {
		return this.flow.list(caller, contractId, agencyId).stream().map(this::view).toList();
	}

	@GetMapping("/{evaluationId}")
	@PreAuthorize(READERS)
	RectificationView get(Caller caller, @PathVariable String evaluationId) {
		return view(this.flow.read(caller, evaluationId));
	}

	@PostMapping("/{evaluationId}/report")
	@PreAuthorize("hasRole('agency-staff')")
	RectificationView report(Caller caller, @PathVariable String evaluationId,
			@Valid @RequestBody ReportRequest request) {
		return view(this.flow.submit(caller, evaluationId, request.text(),
				(request.evidenceRefs() != null) ? request.evidenceRefs() : List.of()));
	}

	@PostMapping("/{evaluationId}/return")
	@PreAuthorize(JUDGES)
	RectificationView returnReport(Caller caller, @PathVariable String evaluationId,
			@Valid @RequestBody ReturnRequest request) {
		return view(this.flow.returnReport(caller, evaluationId, request.reason()));
	}

	@PostMapping("/{evaluationId}/verification")
	@PreAuthorize(JUDGES)
	RectificationView verify(Caller caller, @PathVariable String evaluationId) {
		return view(this.flow.verify(caller, evaluationId));
	}

	private RectificationView view(Rectification r) {
		return RectificationView.of(r, this.flow.today());
	}

	record ReportRequest(@NotBlank @Size(max = 8000) String text,
			@Size(max = 50) List<@NotBlank @Size(max = 200) String> evidenceRefs) {
	}

	record ReturnRequest(@NotBlank @Size(max = 4000) String reason) {
	}

}
