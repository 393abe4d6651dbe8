package cn.shegong.evaluation.evaluator.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.evaluation.model.Employment;
import cn.shegong.evaluation.evaluator.application.Evaluators;
import cn.shegong.evaluation.evaluator.model.Evaluator;
import cn.shegong.platform.security.Caller;

/**
 * The evaluator register: an admin registers evaluators and where they worked; an
 * evaluator reads their own record.
 */
@RestController
class EvaluatorController {

	private final Evaluators evaluators;

	EvaluatorController(Evaluators evaluators) {
		this.evaluators = evaluators;
	}

	@PostMapping("/api/evaluation/evaluators")
	@PreAuthorize("hasRole('admin')")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluatorResponse register(@Valid @RequestBody RegisterRequest request) {
		List<Employment> employments = (request.employments() == null) ? List.of()
				: request.employments().stream().map(EmploymentJson::toEmployment).toList();
		return EvaluatorResponse.of(this.evaluators
			.register(new Evaluator(request.evaluatorId(), request.name(), request.evaluatorOrgId(), employments)));
	}

	@GetMapping("/api/evaluation/evaluators")
	@PreAuthorize("hasRole('admin')")
	List<EvaluatorResponse> all() {
		return this.evaluators.all().stream().map(EvaluatorResponse::of).toList();
	}

	@GetMapping("/api/evaluation/evaluators/me")
	@PreAuthorize("hasRole('evaluator')")
	EvaluatorResponse me(Caller caller) {
		return EvaluatorResponse.of(this.evaluators.me(caller));
	}

	@GetMapping("/api/evaluation/evaluators/{evaluatorId}")
	@PreAuthorize("hasRole('admin')")
	EvaluatorResponse one(@PathVariable String evaluatorId) {
		return EvaluatorResponse.of(this.evaluators.evaluator(evaluatorId));
	}

	@PostMapping("/api/evaluation/evaluators/{evaluatorId}/employments")
	@PreAuthorize("hasRole('admin')")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluatorResponse addEmployment(@PathVariable String evaluatorId, @Valid @RequestBody EmploymentJson request) {
		return EvaluatorResponse
			.of(this.evaluators.addEmployment(evaluatorId, request.agencyId(), request.from(), request.until()));
	}

	/**
	 * @param evaluatorId the evaluator's Keycloak username, e.g.
	 * {@code evaluator.zhiping}
	 */
	record RegisterRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String evaluatorId,
			@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String evaluatorOrgId,
			List<@NotNull @Valid EmploymentJson> employments) {

	}

	/**
	 * @param until the last day worked; absent while still employed there
	 */
	record EmploymentJson(@NotBlank @Size(max = 100) String agencyId, @NotNull LocalDate from, LocalDate until) {

		static EmploymentJson of(Employment employment) {
			return new EmploymentJson(employment.agencyId(), employment.from(), employment.until());
		}

		Employment toEmployment() {
			return Evaluator.employment(this.agencyId, this.from, this.until);
		}

	}

	record EvaluatorResponse(String evaluatorId, String name, String evaluatorOrgId, List<EmploymentJson> employments) {

		static EvaluatorResponse of(Evaluator evaluator) {
			return new EvaluatorResponse(evaluator.evaluatorId(), evaluator.name(), evaluator.evaluatorOrgId(),
					evaluator.employments().stream().map(EmploymentJson::of).toList());
		}

	}

}
