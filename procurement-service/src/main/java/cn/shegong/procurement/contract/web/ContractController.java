package cn.shegong.procurement.contract.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.contract.application.ContractUseCases;

/**
 * Contracts from awards: officers draw them up, agree how grades pay and sign them; the
 * contracted agency reads its own. Changes carry the version they were made on.
 */
@RestController
@RequestMapping("/api/procurement/contracts")
class ContractController {

	private final ContractUseCases contracts;

	ContractController(ContractUseCases contracts) {
		this.contracts = contracts;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('procurement-officer')")
	ContractView drawUp(Caller caller, @Valid @RequestBody ContractRequests.DrawUp request) {
		return ContractView.of(this.contracts.drawUp(caller, request.tenderId(), request.notes()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin', 'agency-staff')")
	ContractView read(Caller caller, @PathVariable String id) {
		return ContractView.of(this.contracts.read(caller, id));
	}

	@PutMapping("/{id}/payout-policy")
	@PreAuthorize("hasRole('procurement-officer')")
	ContractView changePayoutPolicy(Caller caller, @PathVariable String id,
			@Valid @RequestBody ContractRequests.PayoutPolicyChange change) {
		return ContractView.of(this.contracts.changePayoutPolicy(caller, id, change.policy(), change.version()));
	}

	@PostMapping("/{id}/add-ons")
	@PreAuthorize("hasRole('procurement-officer')")
	ContractView addOn(Caller caller, @PathVariable String id, @Valid @RequestBody ContractRequests.AddOn addOn) {
		return ContractView
			.of(this.contracts.addOn(caller, id, Money.ofYuan(addOn.amountYuan()), addOn.reason(), addOn.version()));
	}

	@PostMapping("/{id}/termination")
	@PreAuthorize("hasRole('procurement-officer')")
	ContractView terminate(Caller caller, @PathVariable String id,
			@Valid @RequestBody ContractRequests.Termination termination) {
		return ContractView.of(this.contracts.terminate(caller, id, termination.reason(), termination.version()));
	}

	@PostMapping("/{id}/signature")
	@PreAuthorize("hasRole('procurement-officer')")
	ContractView sign(Caller caller, @PathVariable String id,
			@Valid @RequestBody ContractRequests.VersionedChange change) {
		return ContractView.of(this.contracts.sign(caller, id, change.version()));
	}

}
