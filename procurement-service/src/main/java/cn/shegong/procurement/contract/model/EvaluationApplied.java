package cn.shegong.procurement.contract.model;

import java.util.Optional;

import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.payment.model.PaymentRecord;

/**
 * What a finalized evaluation did to a contract: the milestone as judged, the payment it
 * decided (none where the schedule has no tranche for the milestone), and whether it
 * completed the contract.
 */
public record EvaluationApplied(EvaluationOutcome outcome, ContractMilestone milestone, Optional<PaymentRecord> payment,
		boolean completed) {

}
