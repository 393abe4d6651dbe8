package cn.shegong.procurement.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.contract.persistence.ContractStore.Versioned;
import cn.shegong.procurement.payment.model.PaymentRecord;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * A verified rectification releases what its evaluation's payment held (合格 holds 10% by
 * default) as a payment record of its own, stored with its {@code PaymentReleased} in one
 * write. Exactly once: the ledger releases an evaluation's held part only once, so a
 * verification delivered again, or retried after a crash, pays nothing more.
 */
@Service
public class ReleaseHeld {

	private static final Logger log = LoggerFactory.getLogger(ReleaseHeld.class);

	private final ContractStore contracts;

	private final ContractEvents events;

	private final ContractAudit audit;

	private final Clock clock;

	ReleaseHeld(ContractStore contracts, ContractEvents events, ContractAudit audit, Clock clock) {
		this.contracts = contracts;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return the release recorded now; empty when the evaluation's payment held nothing
	 * or was released already
	 * @throws cn.shegong.platform.problem.ProblemException if the contract is unknown
	 */
	public Optional<PaymentRecord> rectificationVerified(String contractId, String evaluationId, LocalDate verifiedOn) {
		Versioned found = this.contracts.find(contractId).orElseThrow(() -> ContractAccess.notFound(contractId));
		Contract contract = found.contract();
		Optional<PaymentRecord> released = contract.releaseHeld(evaluationId, verifiedOn, today());
		if (released.isEmpty()) {
			log.info("Rectification of evaluation {} verified on {}: contract {} holds nothing for it to release",
					evaluationId, verifiedOn, contractId);
			return released;
		}
		PaymentRecord payment = released.get();
		List<PendingEvent> published = this.events.payment(contract, payment);
		this.contracts.save(contract, found.version(), published);
		this.audit.paymentDecided(SettleEvaluation.ACTOR, contract, payment);
		return released;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
	}

}
