package cn.shegong.evaluation.dashboard.model;

import java.util.Objects;
import java.util.Set;

/**
 * The contracts a buyer (购买主体) is known to buy: its dashboard counts only their
 * evaluations.
 */
public record BuyerContracts(String buyerId, Set<String> contractIds) {

	public BuyerContracts {
		Objects.requireNonNull(buyerId, "buyerId");
		contractIds = Set.copyOf(contractIds);
	}

	public boolean bought(FinalEvaluation evaluation) {
		return this.contractIds.contains(evaluation.contractId());
	}

}
