package cn.shegong.procurement.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.audit.model.AuditEntry;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;

/**
 * {@code GET /api/procurement/audit/{kind}/{id}}: the change history of one record,
 * oldest first.
 */
@RestController
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/procurement/audit/{kind}/{id}")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	List<AuditEntry> trail(@PathVariable String kind, @PathVariable String id) {
		return this.auditLog.trailOf(new AuditedObject(kindOf(kind), id));
	}

	private static AuditedObject.Kind kindOf(String kind) {
		try {
			return AuditedObject.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.notFound("unknown-audited-kind",
					"Audited records are tenders, bids, contracts and payments, not " + kind);
		}
	}

}
