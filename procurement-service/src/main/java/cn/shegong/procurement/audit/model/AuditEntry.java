package cn.shegong.procurement.audit.model;

import java.time.Instant;
import java.util.List;

/**
 * One change to a tender, bid, contract or payment: who made it, when, what changed and
 * why. Entries are only ever added, never edited, so the trail of an object is its
 * history.
 */
public record AuditEntry(String id, AuditedObject object, String actor, Instant at, String action,
		List<FieldChange> changes, String reason) {

	public AuditEntry {
		if (actor == null || actor.isBlank()) {
			throw new IllegalArgumentException("an audit entry names who made the change");
		}
		if (action == null || action.isBlank()) {
			throw new IllegalArgumentException("an audit entry names what was done");
		}
		changes = List.copyOf(changes);
	}

	/** The kinds of record whose every change is audited, and the id of one of them. */
	public record AuditedObject(Kind kind, String id) {

		public enum Kind {

			TENDER, BID, CONTRACT, PAYMENT

		}

	}

	/** A field's value before and after; null stands for "not set". */
	public record FieldChange(String field, String before, String after) {

	}

}
