package cn.shegong.procurement.payment.model;

import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * One instalment of a contract's payment schedule: a share of the contract price, in
 * basis points (10000 = 100%), and what makes it payable.
 */
public record Tranche(String name, int shareBasisPoints, TrancheTrigger trigger) {

	public Tranche {
		Objects.requireNonNull(trigger, "trigger");
		if (name == null || name.isBlank() || shareBasisPoints <= 0 || shareBasisPoints > 10_000) {
			throw ProblemException.ruleViolated("invalid-tranche",
					"tranche '%s' needs a name and a share above 0%% and at most 100%%, got %s%%".formatted(name,
							Shares.percent(shareBasisPoints)),
					name, shareBasisPoints);
		}
	}

}
