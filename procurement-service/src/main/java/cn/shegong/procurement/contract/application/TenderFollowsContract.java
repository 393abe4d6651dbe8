package cn.shegong.procurement.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.ContractStatus;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * Moves a contract's tender as far as the contract has come: CONTRACT_SIGNED once it is
 * signed, IN_SERVICE once its term has started by the service clock (at signing if it
 * already has, else by the scheduled {@link #runOnce()} on or after the first day), and
 * COMPLETED once its final grade completed it. The contract is the record that decides;
 * the tender follows in a write of its own, so a move that failed is made again by the
 * next run rather than blocking the contract.
 */
@Component
public class TenderFollowsContract {

	/** The actor the audit trail names for moves no person made. */
	public static final String SCHEDULER = "system:contract-schedule";

	private static final Logger log = LoggerFactory.getLogger(TenderFollowsContract.class);

	private final TenderStore tenders;

	private final ContractStore contracts;

	private final AuditLog auditLog;

	private final Clock clock;

	TenderFollowsContract(TenderStore tenders, ContractStore contracts, AuditLog auditLog, Clock clock) {
		this.tenders = tenders;
		this.contracts = contracts;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Brings the tender of every running contract up to date; returns how many moved. */
	public int runOnce() {
		int moved = 0;
		for (Contract contract : this.contracts.inStatus(ContractStatus.SIGNED, ContractStatus.TERMINATED)) {
			try {
				moved += catchUp(contract, SCHEDULER) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Tender {} of contract {} could not follow it yet; the next run tries again: {}",
						contract.parties().tenderId(), contract.id(), ex.getMessage());
			}
		}
		return moved;
	}

	/**
	 * @return whether the tender moved
	 */
	public boolean catchUp(Contract contract, String actor) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
		String tenderId = contract.parties().tenderId();
		TenderStore.Versioned found = this.tenders.find(tenderId)
			.orElseThrow(() -> new IllegalStateException("contract " + contract.id() + " has no tender " + tenderId));
		Tender tender = found.tender();
		TenderStatus before = tender.status();
		boolean completed = contract.status() == ContractStatus.COMPLETED;
		boolean terminated = contract.status() == ContractStatus.TERMINATED;
		if (contract.status() != ContractStatus.DRAFT && tender.status() == TenderStatus.AWARDED) {
			tender.signContract();
		}
		if (tender.status() == TenderStatus.CONTRACT_SIGNED
				&& (contract.hasStartedBy(today) || completed || terminated)) {
			tender.startService();
		}
		if (completed && tender.status() == TenderStatus.IN_SERVICE) {
			tender.complete();
		}
		if (terminated && tender.status() == TenderStatus.IN_SERVICE) {
			tender.terminate(contract.termination().map((termination) -> termination.reason()).orElseThrow());
		}
		if (tender.status() == before) {
			return false;
		}
		this.tenders.save(tender, found.version());
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.TENDER, tenderId), actor, "follow-contract",
				Map.of("status", before), Map.of("status", tender.status()),
				"contract " + contract.id() + " is " + contract.status());
		return true;
	}

}
