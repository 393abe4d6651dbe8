package cn.shegong.feedback.ticket.model;

/**
 * Where a ticket stands. REOPENED is an open state like IN_PROGRESS, kept apart so that
 * the agency and the buyer see the resident disagreed with the resolution.
 */
public enum TicketStatus {

	RECEIVED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REOPENED, CLOSED;

	/** Whether the agency still owes the resident a resolution. */
	public boolean awaitsResolution() {
		return this != RESOLVED && this != CLOSED;
	}

}
