package cn.shegong.feedback.ticket.persistence;

import java.util.Optional;

import cn.shegong.feedback.ticket.model.TicketStatus;

/**
 * Which tickets a list shows; the agency is set from the caller, never from the request.
 *
 * @param escalatedOnly only tickets escalated to the buyer as overdue
 */
public record TicketFilter(Optional<String> projectId, Optional<String> agencyId, Optional<TicketStatus> status,
		boolean escalatedOnly, int limit) {

}
