package cn.shegong.procurement.payment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.contract.application.ContractAccess;

/**
 * {@code GET /api/procurement/contracts/{id}/payments}: every payment decided under a
 * contract, for the buyer's officers and the contracted agency.
 */
@RestController
class PaymentController {

	private final ContractAccess contracts;

	PaymentController(ContractAccess contracts) {
		this.contracts = contracts;
	}

	@GetMapping("/api/procurement/contracts/{id}/payments")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin', 'agency-staff')")
	PaymentsView payments(Caller caller, @PathVariable String id) {
		return PaymentsView.of(this.contracts.readable(caller, id).contract());
	}

}
