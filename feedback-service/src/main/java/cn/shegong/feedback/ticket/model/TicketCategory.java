package cn.shegong.feedback.ticket.model;

/**
 * What a resident raises. Complaints and requests are answered against the buyer's SLA
 * clock (DOMAIN.md §5); praise needs no answer, so it runs no clock and the agency closes
 * it by acknowledging it.
 */
public enum TicketCategory {

	COMPLAINT, REQUEST, PRAISE;

	/** Whether the buyer's resolution deadline applies. */
	public boolean heldToSla() {
		return this != PRAISE;
	}

}
