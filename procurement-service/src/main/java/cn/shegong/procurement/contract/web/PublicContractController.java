package cn.shegong.procurement.contract.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.procurement.contract.application.ContractUseCases;

/**
 * Signed contracts as anyone may read them without signing in; drafts do not exist here.
 */
@RestController
@RequestMapping("/api/procurement/public/contracts")
class PublicContractController {

	private final ContractUseCases contracts;

	PublicContractController(ContractUseCases contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	List<PublicContractView> list() {
		return this.contracts.listPublic().stream().map(PublicContractView::of).toList();
	}

	@GetMapping("/{id}")
	PublicContractView read(@PathVariable String id) {
		return PublicContractView.of(this.contracts.readPublic(id));
	}

}
