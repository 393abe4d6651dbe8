package cn.shegong.feedback.ticket.persistence;

import java.util.List;
import java.util.Optional;

import cn.shegong.feedback.ticket.model.TicketStatus;

/**
 * Which tickets a list shows; the agency is set from the caller, never from the request.
 *
 * @param projectIds only tickets of these projects (those an officer oversees)
 * @param escalatedOnly only tickets escalated to the buyer as overdue
 */
public record TicketFilter(Optional<String> projectId, Optional<String> agencyId, Optional<List<String>> projectIds,
		Optional<TicketStatus> status, boolean escalatedOnly, int limit) {

}
