package cn.shegong.procurement.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.contract.application.ContractEvents;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.persistence.ContractStore;
import cn.shegong.procurement.delivery.model.ContractMilestone;
import cn.shegong.procurement.delivery.model.MilestoneStatus;
import cn.shegong.procurement.tender.persistence.TenderStore;

/**
 * Marks each milestone of a signed contract whose day has come (by the service clock, in
 * the buyer's calendar) as due, and publishes {@code procurement.MilestoneDue} for it.
 * Safe to run again and from several instances at once: a milestone is marked by a
 * conditional update that only matches it while still scheduled, and the event rides in
 * that same update, so each milestone is announced exactly once.
 */
@Component
public class MilestoneDueCheck {

	static final String ACTOR = "system:milestone-due-check";

	private static final Logger log = LoggerFactory.getLogger(MilestoneDueCheck.class);

	private final ContractStore contracts;

	private final ContractEvents events;

	private final AuditLog auditLog;

	private final Clock clock;

	MilestoneDueCheck(ContractStore contracts, ContractEvents events, AuditLog auditLog, Clock clock) {
		this.contracts = contracts;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** One pass; returns how many milestones this pass marked due. */
	public int runOnce() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), TenderStore.BUYER_ZONE);
		int marked = 0;
		for (Contract contract : this.contracts.withMilestonesComingDue(today)) {
			for (ContractMilestone milestone : contract.milestonesComeDueOn(today)) {
				int index = contract.milestones().indexOf(milestone);
				if (this.contracts.markMilestoneDue(contract.id(), index, milestone.milestoneId(),
						this.events.milestoneDue(contract, milestone))) {
					marked++;
					this.auditLog.record(new AuditedObject(AuditedObject.Kind.CONTRACT, contract.id()), ACTOR,
							"milestone-due", Map.of("milestone." + milestone.milestoneId(), milestone.status()),
							Map.of("milestone." + milestone.milestoneId(), MilestoneStatus.DUE),
							"due on " + milestone.dueOn() + ", today is " + today);
				}
			}
		}
		if (marked > 0) {
			log.info("{} milestone(s) came due on {}", marked, today);
		}
		return marked;
	}

}
