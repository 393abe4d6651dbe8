package cn.shegong.procurement.tender.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.project.model.Project;
import cn.shegong.procurement.project.model.ProjectStatus;
import cn.shegong.procurement.project.persistence.ProjectStore;
import cn.shegong.procurement.tender.model.ProcurementMethod;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.model.TenderNotice;
import cn.shegong.procurement.tender.model.TenderRules;
import cn.shegong.procurement.tender.persistence.TenderStore;
import cn.shegong.procurement.tender.persistence.TenderStore.Versioned;

/**
 * Drafting a tender for a published project, publishing its notice and cancelling it.
 * Every change leaves an entry in the audit trail.
 */
@Service
public class TenderUseCases {

	/**
	 * Until buyers choose scoring schemes, every tender is scored by the national one.
	 */
	static final String NATIONAL_SCORING_SCHEME = "national-default";

	private final TenderStore store;

	private final ProjectStore projects;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TenderRules rules;

	TenderUseCases(TenderStore store, ProjectStore projects, AuditLog auditLog, Clock clock) {
		this.store = store;
		this.projects = projects;
		this.auditLog = auditLog;
		this.clock = clock;
		this.rules = TenderRules.defaults();
	}

	public Versioned draft(Caller caller, String projectId, ProcurementMethod method, TenderNotice notice) {
		Project project = this.projects.find(projectId)
			.map(ProjectStore.Versioned::project)
			.filter((found) -> Jurisdiction.mayChange(caller, found.definition().regionCode()))
			.orElseThrow(() -> ProblemException.notFound("project-not-found",
					"No project " + projectId + " that you may tender"));
		if (project.status() != ProjectStatus.PUBLISHED) {
			throw ProblemException.ruleViolated("project-not-in-procurement",
					"Project " + projectId + " is " + project.status() + "; only a published project can be tendered",
					projectId, project.status());
		}
		Tender tender = Tender.draft("tdr-" + UUID.randomUUID(), projectId, project.definition().regionCode(), method,
				notice, NATIONAL_SCORING_SCHEME, this.rules);
		long version = this.store.insert(tender);
		audit(caller, tender, "draft", Map.of(), null);
		return new Versioned(tender, version);
	}

	public Versioned read(Caller caller, String id) {
		Versioned found = this.store.find(id).orElseThrow(() -> notFound(id));
		if (!Jurisdiction.mayRead(caller, found.tender().buyerRegion())) {
			throw notFound(id);
		}
		return found;
	}

	public Versioned publish(Caller caller, String id, Instant biddingDeadline, long version) {
		Versioned found = changeable(caller, id, version);
		Map<String, Object> before = snapshot(found.tender());
		found.tender().publish(this.clock.instant(), biddingDeadline, TenderStore.BUYER_ZONE);
		return saveAndAudit(caller, found, version, "publish", before, null);
	}

	public Versioned cancel(Caller caller, String id, String reason, long version) {
		Versioned found = changeable(caller, id, version);
		Map<String, Object> before = snapshot(found.tender());
		found.tender().cancel(reason);
		return saveAndAudit(caller, found, version, "cancel", before, reason);
	}

	/** A published (or once published) tender as the public may see it. */
	public Tender readPublic(String id) {
		return this.store.find(id)
			.map(Versioned::tender)
			.filter((tender) -> tender.publishedAt().isPresent())
			.orElseThrow(() -> notFound(id));
	}

	public List<Tender> listPublic() {
		return this.store.published();
	}

	private Versioned saveAndAudit(Caller caller, Versioned found, long version, String action,
			Map<String, Object> before, String reason) {
		long saved = this.store.save(found.tender(), version);
		audit(caller, found.tender(), action, before, reason);
		return new Versioned(found.tender(), saved);
	}

	private void audit(Caller caller, Tender tender, String action, Map<String, Object> before, String reason) {
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.TENDER, tender.id()), caller.username(), action,
				before, snapshot(tender), reason);
	}

	private Versioned changeable(Caller caller, String id, long version) {
		Versioned found = read(caller, id);
		if (!Jurisdiction.mayChange(caller, found.tender().buyerRegion())) {
			throw ProblemException.forbidden("not-your-region", "Only a procurement officer of region "
					+ found.tender().buyerRegion() + " may change tender " + id);
		}
		if (found.version() != version) {
			// Refused before the domain looks, so a stale change never reads as a rule
			// violation.
			throw new OptimisticLockingFailureException(
					"tender " + id + " is at version " + found.version() + ", the change was made on " + version);
		}
		return found;
	}

	private static Map<String, Object> snapshot(Tender tender) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("status", tender.status());
		tender.publishedAt().ifPresent((at) -> fields.put("publishedAt", at));
		tender.biddingDeadline().ifPresent((deadline) -> fields.put("biddingDeadline", deadline));
		tender.closingReason().ifPresent((reason) -> fields.put("closingReason", reason));
		return fields;
	}

	private static ProblemException notFound(String id) {
		return ProblemException.notFound("tender-not-found", "No tender " + id + " that you may see");
	}

}
