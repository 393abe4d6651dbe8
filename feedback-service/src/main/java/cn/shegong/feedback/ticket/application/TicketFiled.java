package cn.shegong.feedback.ticket.application;

import java.time.Instant;

/**
 * Told inside feedback-service (a Spring application event, not a Kafka event) once a
 * ticket is stored, so that other areas, such as the grouping of repeated complaints, can
 * follow without the ticket area knowing them. Carries no personal data.
 *
 * @param category COMPLAINT, REQUEST or PRAISE
 * @param channel the feedback channel's code
 */
public record TicketFiled(String ticketId, String projectId, String category, String channel, String text,
		Instant receivedAt) {

}
