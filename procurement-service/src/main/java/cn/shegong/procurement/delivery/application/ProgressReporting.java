package cn.shegong.procurement.delivery.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.contract.application.ContractAccess;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.contract.model.ContractStatus;
import cn.shegong.procurement.delivery.model.ProgressLog;
import cn.shegong.procurement.delivery.model.ProgressReport;
import cn.shegong.procurement.delivery.model.ProgressReported;
import cn.shegong.procurement.delivery.model.ReportingPeriod;
import cn.shegong.procurement.delivery.model.ServiceVolume;
import cn.shegong.procurement.delivery.persistence.ProgressLogStore;
import cn.shegong.procurement.event.ProcurementEvents;

/**
 * The contracted agency reports its service per period; the agency and the buyer's
 * officers read the reports against the contract's targets.
 */
@Service
public class ProgressReporting {

	private final ContractAccess contracts;

	private final ProgressLogStore store;

	private final Outbox outbox;

	private final AuditLog auditLog;

	private final Clock clock;

	ProgressReporting(ContractAccess contracts, ProgressLogStore store, Outbox outbox, AuditLog auditLog, Clock clock) {
		this.contracts = contracts;
		this.store = store;
		this.outbox = outbox;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public Reported submit(Caller caller, String contractId, ReportingPeriod period, ServiceVolume volume) {
		Contract contract = this.contracts.ofCallersAgency(caller, contractId).contract();
		if (contract.status() == ContractStatus.DRAFT) {
			throw ProblemException.conflict("contract-not-signed",
					"contract %s is not signed yet; progress is reported under a signed contract".formatted(contractId),
					contractId);
		}
		ProgressLogStore.Versioned opened = this.store.open(contractId);
		ProgressReport report = new ProgressReport("rpt-" + UUID.randomUUID(), period, volume, caller.username(),
				this.clock.instant());
		ProgressReported reported = opened.log().report(report, contract.terms().term(), contract.agencyId());
		this.store.save(opened.log(), opened.version(),
				List.of(this.outbox.pending(ProcurementEvents.PROGRESS_REPORTED, contractId, reported)));
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.CONTRACT, contractId), caller.username(),
				"report-progress", Map.of(), Map.of("reportId", report.reportId(), "period", period.toString()), null);
		return new Reported(contract, report);
	}

	public Reports list(Caller caller, String contractId) {
		Contract contract = this.contracts.readable(caller, contractId).contract();
		return new Reports(contract, this.store.find(contractId));
	}

	/** A report just accepted, with the contract it was measured against. */
	public record Reported(Contract contract, ProgressReport report) {

	}

	/** A contract's reports so far. */
	public record Reports(Contract contract, ProgressLog log) {

	}

}
