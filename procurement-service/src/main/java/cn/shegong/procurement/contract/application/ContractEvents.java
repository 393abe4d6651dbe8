package cn.shegong.procurement.contract.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.payment.model.PaymentRecord;

/**
 * The events a contract's changes publish, keyed by the contract id so that a consumer
 * sees one contract's award, milestones and payments in order.
 */
@Component
public class ContractEvents {

	private final Outbox outbox;

	ContractEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	public PendingEvent awarded(Contract contract) {
		return this.outbox.pending(ProcurementEvents.CONTRACT_AWARDED, contract.id(),
				ContractEventData.Awarded.of(contract));
	}

	/**
	 * A release announces what is paid now and held; a withholding what waits for a
	 * re-evaluation. A payout that does both announces both.
	 */
	public List<PendingEvent> payment(Contract contract, PaymentRecord payment) {
		List<PendingEvent> events = new ArrayList<>();
		if (payment.isRelease()) {
			events.add(this.outbox.pending(ProcurementEvents.PAYMENT_RELEASED, contract.id(),
					ContractEventData.Released.of(contract, payment)));
		}
		if (payment.isWithheld()) {
			events.add(this.outbox.pending(ProcurementEvents.PAYMENT_WITHHELD, contract.id(),
					ContractEventData.Withheld.of(contract, payment)));
		}
		return events;
	}

	public PendingEvent milestoneDue(Contract contract, ContractMilestone milestone) {
		return this.outbox.pending(ProcurementEvents.MILESTONE_DUE, contract.id(),
				milestone.dueEvent(contract.id(), contract.agencyId()));
	}

}
