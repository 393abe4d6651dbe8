package cn.shegong.procurement.tender.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.access.Jurisdiction;
import cn.shegong.procurement.audit.AuditLog;
import cn.shegong.procurement.audit.model.AuditEntry.AuditedObject;
import cn.shegong.procurement.tender.model.Tender;
import cn.shegong.procurement.tender.persistence.TenderStore;
import cn.shegong.procurement.tender.persistence.TenderStore.Versioned;

/**
 * The one way a command reaches a stored tender: found within the caller's jurisdiction,
 * checked against the version the caller saw, run in memory, saved on that version and
 * written to the audit trail. A refused command therefore changes nothing.
 */
@Component
public class TenderCommands {

	private final TenderStore store;

	private final AuditLog auditLog;

	TenderCommands(TenderStore store, AuditLog auditLog) {
		this.store = store;
		this.auditLog = auditLog;
	}

	/** A tender the caller may read; any other is as good as absent. */
	public Versioned readable(Caller caller, String id) {
		Versioned found = this.store.find(id).orElseThrow(() -> notFound(id));
		if (!Jurisdiction.mayRead(caller, found.tender().buyerRegion())) {
			throw notFound(id);
		}
		return found;
	}

	/**
	 * A tender as it stands, for a party to it who is not its buyer, such as a bidder
	 * challenging its award; the caller must have been checked already.
	 */
	public Versioned current(String id) {
		return this.store.find(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * A tender an officer of its region may change, as it stands at the version the
	 * change was made on.
	 */
	public Versioned changeable(Caller caller, String id, long version) {
		Versioned found = changeable(caller, id);
		if (found.version() != version) {
			// Refused before the domain looks, so a stale change never reads as a rule
			// violation.
			throw new OptimisticLockingFailureException(
					"tender " + id + " is at version " + found.version() + ", the change was made on " + version);
		}
		return found;
	}

	/**
	 * A tender an officer of its region may change, as it stands now: for records kept
	 * beside the tender, such as its panel, that carry their own version.
	 */
	public Versioned changeable(Caller caller, String id) {
		Versioned found = readable(caller, id);
		if (!Jurisdiction.mayChange(caller, found.tender().buyerRegion())) {
			throw ProblemException.forbidden("not-your-region", "Only a procurement officer of region "
					+ found.tender().buyerRegion() + " may change tender " + id);
		}
		return found;
	}

	/**
	 * Runs the command on the tender, saves it on the version it was read at and audits
	 * the change under the caller's name.
	 * @param reason why, in the caller's words; null when the action needs none
	 */
	public <E> Changed<E> run(Caller caller, Versioned found, String action, String reason,
			Function<Tender, E> command) {
		Map<String, Object> before = snapshot(found.tender());
		E event = command.apply(found.tender());
		long saved = this.store.save(found.tender(), found.version());
		audit(caller, found.tender(), action, before, reason);
		return new Changed<>(new Versioned(found.tender(), saved), event);
	}

	/** Records a change made to the tender's record elsewhere, such as its panel. */
	public void audit(Caller caller, Tender tender, String action, Map<String, ?> before, Map<String, ?> after,
			String reason) {
		this.auditLog.record(new AuditedObject(AuditedObject.Kind.TENDER, tender.id()), caller.username(), action,
				before, after, reason);
	}

	void audit(Caller caller, Tender tender, String action, Map<String, Object> before, String reason) {
		audit(caller, tender, action, before, snapshot(tender), reason);
	}

	static Map<String, Object> snapshot(Tender tender) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("status", tender.status());
		tender.publishedAt().ifPresent((at) -> fields.put("publishedAt", at));
		tender.biddingDeadline().ifPresent((deadline) -> fields.put("biddingDeadline", deadline));
		tender.proposedAgencyId().ifPresent((agency) -> fields.put("proposedAgencyId", agency));
		tender.challengeWindow().ifPresent((window) -> {
			fields.put("challengeWindowEndsOn", window.endsOn());
			fields.put("challenges", window.challenges().size());
			fields.put("unansweredChallenges", window.unansweredChallengeIds().size());
		});
		tender.awardedOn().ifPresent((day) -> fields.put("awardedOn", day));
		tender.closingReason().ifPresent((reason) -> fields.put("closingReason", reason));
		return fields;
	}

	public static ProblemException notFound(String id) {
		return ProblemException.notFound("tender-not-found", "No tender " + id + " that you may see");
	}

	/** The tender as saved and the event its command caused. */
	public record Changed<E>(Versioned versioned, E event) {

	}

}
