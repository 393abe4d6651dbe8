package cn.shegong.procurement.contract.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.ContractParties;
import cn.shegong.procurement.contract.web.ContractView.MilestoneView;
import cn.shegong.procurement.project.model.PerformanceTargets;

/**
 * The published fields of a signed contract (合同公开) [NAT 102 art 23]: the parties, what is
 * bought, for how much, for how long, its milestones and targets. Internal notes and how
 * grades pay stay inside.
 */
record PublicContractView(String id, String status, String title, String buyerId, String regionCode, String agencyId,
		long priceFen, String priceYuan, LocalDate termFrom, LocalDate termTo, LocalDate signedOn,
		List<MilestoneView> milestones, PerformanceTargets targets) {

	static PublicContractView of(Contract contract) {
		ContractParties p = contract.parties();
		return new PublicContractView(contract.id(), contract.status().name(), p.title(), p.buyerId(), p.regionCode(),
				p.agencyId(), contract.terms().price().fen(), contract.terms().price().yuan().toPlainString(),
				contract.terms().term().from(), contract.terms().term().to(),
				contract.signing().map((signing) -> signing.signedOn()).orElse(null),
				MilestoneView.allOf(contract.milestones()), contract.terms().targets());
	}

}
