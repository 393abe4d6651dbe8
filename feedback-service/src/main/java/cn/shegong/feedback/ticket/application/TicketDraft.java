package cn.shegong.feedback.ticket.application;

import cn.shegong.feedback.ticket.model.TicketCategory;

/**
 * What a resident (or staff on their behalf) says in a new ticket, as received.
 *
 * @param name optional; sealed before it is stored
 * @param phone optional; sealed before it is stored
 */
public record TicketDraft(TicketCategory category, String text, String name, String phone) {

	/** The text as two submissions are compared: trimmed, runs of spaces made one. */
	public String normalisedText() {
		return this.text.strip().replaceAll("\\s+", " ");
	}

}
