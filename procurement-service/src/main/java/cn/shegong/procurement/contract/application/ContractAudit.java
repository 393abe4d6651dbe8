package cn.shegong.procurement.contract.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.contract.model.Contract;
import cn.shegong.procurement.payment.model.PaymentRecord;

/**
 * The audit trail of contracts and their payments: who changed what, when and why. Each
 * entry is written after the change it describes was stored.
 */
@Component
public class ContractAudit {

	private final AuditLog auditLog;

	ContractAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	public void contractChanged(String actor, Contract contract, String action, Map<String, Object> before,
			String reason) {
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.CONTRACT, contract.id()), actor, action, before,
				snapshot(contract), reason);
	}

	public void paymentDecided(String actor, Contract contract, PaymentRecord payment) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("contractId", contract.id());
		after.put("agencyId", contract.agencyId());
		after.put("tranche", payment.tranche());
		after.put("basis", payment.basis());
		after.put("releasedFen", payment.released().fen());
		after.put("heldFen", payment.held().fen());
		after.put("withheldFen", payment.withheld().fen());
		after.put("grade", payment.grade());
		after.put("veto", payment.veto());
		after.put("evaluationId", payment.evaluationId());
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.PAYMENT, payment.paymentId()), actor,
				"decide-" + payment.basis().name().toLowerCase(Locale.ROOT).replace('_', '-'), Map.of(), after,
				payment.reason());
	}

	/** The fields of a contract its trail follows. */
	public static Map<String, Object> snapshot(Contract contract) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("status", contract.status());
		contract.signing().ifPresent((signing) -> {
			fields.put("signedBy", signing.signedBy());
			fields.put("signedOn", signing.signedOn());
		});
		fields.put("payoutPolicy", contract.payoutPolicy());
		contract.milestones().forEach((m) -> fields.put("milestone." + m.milestoneId(), m.status()));
		fields.put("releasedFen", contract.payments().totalReleased().fen());
		fields.put("heldFen", contract.payments().totalHeld().fen());
		fields.put("withheldFen", contract.payments().totalWithheld().fen());
		return fields;
	}

}
