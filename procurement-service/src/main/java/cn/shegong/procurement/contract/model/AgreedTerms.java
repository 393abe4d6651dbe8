package cn.shegong.procurement.contract.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.payment.model.PaymentSchedule;
import cn.shegong.procurement.payment.model.TrancheAmount;
import cn.shegong.procurement.payment.model.TrancheTrigger;
import cn.shegong.procurement.project.model.ContractTerm;
import cn.shegong.procurement.project.model.PerformanceTargets;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * What the award fixed: the winning bid's price, and the project's term, payment
 * schedule, performance targets and staffing requirement. None of it changes after the
 * award.
 */
public record AgreedTerms(Money price, ContractTerm term, PaymentSchedule schedule, PerformanceTargets targets,
		StaffingRequirement staffingRequirement) {

	public AgreedTerms {
		Objects.requireNonNull(price, "price");
		Objects.requireNonNull(term, "term");
		Objects.requireNonNull(schedule, "schedule");
		Objects.requireNonNull(targets, "targets");
		Objects.requireNonNull(staffingRequirement, "staffingRequirement");
		// Refuses a negative price by the schedule's own rule.
		schedule.amountsFor(price);
	}

	/** Every tranche with its amount; the amounts add up to the price exactly. */
	public List<TrancheAmount> tranches() {
		return this.schedule.amountsFor(this.price);
	}

	public Optional<TrancheAmount> tranche(TrancheTrigger trigger) {
		return tranches().stream().filter((tranche) -> tranche.tranche().trigger() == trigger).findFirst();
	}

}
