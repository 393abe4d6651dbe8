package cn.shegong.feedback.grouping.model;

import java.time.Instant;
import java.util.Objects;

/** A resident's complaint as the grouping sees it: which ticket, where, how and what. */
public record Complaint(String ticketId, String projectId, String channel, String text, Instant receivedAt) {

	public Complaint {
		Objects.requireNonNull(ticketId, "ticketId");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

}
