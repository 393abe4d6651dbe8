package cn.shegong.evaluation.evaluator.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.evaluation.evaluator.application.Evaluators;
import cn.shegong.evaluation.evaluator.model.RegisteredContract;
import cn.shegong.platform.security.Caller;

/**
 * Contracts an evaluation organisation holds with agencies: an admin registers them; the
 * admin and the organisation's own evaluators read them.
 */
@RestController
class OrganisationContractController {

	private final Evaluators evaluators;

	OrganisationContractController(Evaluators evaluators) {
		this.evaluators = evaluators;
	}

	@PostMapping("/api/evaluation/evaluator-organisations/{orgId}/contracts")
	@PreAuthorize("hasRole('admin')")
	@ResponseStatus(HttpStatus.CREATED)
	ContractResponse add(@PathVariable String orgId, @Valid @RequestBody ContractRequest request) {
		return ContractResponse.of(this.evaluators.addContract(orgId, request.agencyId(), request.from(),
				request.until(), request.what()));
	}

	@GetMapping("/api/evaluation/evaluator-organisations/{orgId}/contracts")
	@PreAuthorize("hasAnyRole('admin', 'evaluator')")
	List<ContractResponse> of(Caller caller, @PathVariable String orgId) {
		return this.evaluators.contractsOf(caller, orgId).stream().map(ContractResponse::of).toList();
	}

	/**
	 * @param what what the contract is for, e.g. 督导培训
	 */
	record ContractRequest(@NotBlank @Size(max = 100) String agencyId, @NotNull LocalDate from,
			@NotNull LocalDate until, @NotBlank @Size(max = 500) String what) {

	}

	record ContractResponse(String contractId, String evaluatorOrgId, String agencyId, LocalDate from, LocalDate until,
			String what) {

		static ContractResponse of(RegisteredContract contract) {
			return new ContractResponse(contract.contractId(), contract.evaluatorOrgId(), contract.agencyId(),
					contract.from(), contract.until(), contract.what());
		}

	}

}
