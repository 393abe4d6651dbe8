package cn.shegong.evaluation.evaluation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.application.ReEvaluationPlanning;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.platform.security.Caller;

/**
 * Re-evaluations (复评) of a final evaluation: planning a correction, and the links from an
 * evaluation to the ones that correct it. The corrected evaluation is never edited.
 */
@RestController
@RequestMapping("/api/evaluation/evaluations/{id}/re-evaluations")
class ReEvaluationController {

	private final ReEvaluationPlanning planning;

	ReEvaluationController(ReEvaluationPlanning planning) {
		this.planning = planning;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('admin', 'procurement-officer')")
	ReEvaluationView plan(Caller caller, @PathVariable String id, @Valid @RequestBody CorrectionRequest request) {
		return ReEvaluationView.of(this.planning.correct(caller, id, request.reason()));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('admin', 'evaluator', 'procurement-officer', 'supervisor', 'agency-staff')")
	List<ReEvaluationView> list(Caller caller, @PathVariable String id) {
		return this.planning.of(caller, id).stream().map(ReEvaluationView::of).toList();
	}

	record CorrectionRequest(@NotBlank @Size(max = 4000) String reason) {
	}

	/** A re-evaluation and what it corrects; read it in full at its own address. */
	record ReEvaluationView(String id, String correctsEvaluationId, String reason, String status, String grade,
			LocalDate plannedFor, String schemeId, int schemeVersion) {

		static ReEvaluationView of(EvaluationFile file) {
			Evaluation e = file.evaluation();
			return new ReEvaluationView(e.id(), e.correction().correctsEvaluationId(), e.correction().reason(),
					e.status().name(), (e.grading() != null) ? e.grading().result().grade() : null, e.plannedFor(),
					e.scheme().schemeId(), e.scheme().version());
		}

	}

}
