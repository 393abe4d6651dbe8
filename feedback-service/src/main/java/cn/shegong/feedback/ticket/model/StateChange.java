package cn.shegong.feedback.ticket.model;

import java.time.Instant;

/**
 * One step of a ticket's history, as the resident sees it.
 *
 * @param note the agency's reply on a resolution, the resident's reason on a reopening,
 * else null
 */
public record StateChange(TicketStatus status, Instant at, String note) {

}
