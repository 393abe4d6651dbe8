package cn.shegong.feedback.event;

import java.time.Instant;
import java.util.List;

import cn.shegong.platform.event.EventType;

/**
 * The ticket events feedback-service publishes on {@code feedback.events}, by stable name
 * and version, keyed by ticket id. Each has a JSON Schema of its data and an example
 * payload under {@code src/main/resources/events/}; consumers' tests read those files,
 * never these classes. None carries a resident's name, phone or the ticket's text.
 */
public final class TicketEvents {

	/**
	 * A ticket passed its resolution deadline unresolved; escalated to the buyer once.
	 */
	public static final EventType TICKET_OVERDUE = EventType.of("feedback.TicketOverdue", 1);

	/** The agency resolved a ticket (again, after a reopening). */
	public static final EventType TICKET_RESOLVED = EventType.of("feedback.TicketResolved", 1);

	public static final List<EventType> ALL = List.of(TICKET_OVERDUE, TICKET_RESOLVED);

	private TicketEvents() {
	}

	/**
	 * Data of {@code feedback.TicketOverdue} v1.
	 *
	 * @param overdueBy how long past the deadline the check found it (ISO-8601)
	 */
	public record TicketOverdue(String ticketId, String projectId, String agencyId, String buyerId, String regionCode,
			String category, Instant receivedAt, Instant deadline, String overdueBy) {

	}

	/**
	 * Data of {@code feedback.TicketResolved} v1.
	 *
	 * @param onTime resolved at or before the deadline counted from receipt
	 * @param reopenCount how often the resident reopened it before this resolution
	 */
	public record TicketResolved(String ticketId, String projectId, String agencyId, String category,
			Instant receivedAt, Instant resolvedAt, boolean onTime, int reopenCount) {

	}

}
