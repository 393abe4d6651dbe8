package cn.shegong.procurement.payment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

/**
 * How a contract price is paid: tranches in the order they fall due, whose shares make up
 * exactly the whole price.
 */
public record PaymentSchedule(List<Tranche> tranches) {

	public PaymentSchedule {
		tranches = List.copyOf(Objects.requireNonNull(tranches, "tranches"));
		int sum = tranches.stream().mapToInt(Tranche::shareBasisPoints).sum();
		if (sum != Shares.WHOLE) {
			throw ProblemException.ruleViolated("tranche-shares-do-not-sum-to-100",
					"the %d tranche shares sum to %s%%, they must sum to exactly 100.00%%".formatted(tranches.size(),
							Shares.percent(sum)),
					tranches.size(), Shares.percent(sum));
		}
	}

	/**
	 * 30% on signing, 30% after a mid-term grade, 40% after the final grade [OURS, after
	 * NAT 102 art 2: pay by quantity and quality].
	 */
	public static PaymentSchedule defaults() {
		return new PaymentSchedule(List.of(new Tranche("签约款", 3_000, TrancheTrigger.ON_SIGNING),
				new Tranche("中期款", 3_000, TrancheTrigger.AFTER_MIDTERM_GRADE),
				new Tranche("尾款", 4_000, TrancheTrigger.AFTER_FINAL_GRADE)));
	}

	/**
	 * What each tranche pays under the given contract price. Earlier tranches are rounded
	 * down to the fen and the last one takes the remainder, so the amounts add up to the
	 * price exactly and none is ever negative.
	 */
	public List<TrancheAmount> amountsFor(Money contractPrice) {
		Objects.requireNonNull(contractPrice, "contractPrice");
		if (contractPrice.isNegative()) {
			throw ProblemException.ruleViolated("invalid-contract-price",
					"the contract price %s is negative".formatted(contractPrice), contractPrice);
		}
		List<TrancheAmount> amounts = new ArrayList<>();
		Money left = contractPrice;
		for (Tranche tranche : this.tranches.subList(0, this.tranches.size() - 1)) {
			Money amount = Shares.roundedDown(contractPrice, tranche.shareBasisPoints());
			amounts.add(new TrancheAmount(tranche, amount));
			left = left.minus(amount);
		}
		amounts.add(new TrancheAmount(this.tranches.get(this.tranches.size() - 1), left));
		return List.copyOf(amounts);
	}

}
