package cn.shegong.feedback.grouping.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.shegong.feedback.grouping.model.Complaint;
import cn.shegong.feedback.ticket.application.TicketFiled;

/**
 * Follows the ticket area: each filed complaint is placed into an issue group. Requests
 * and praise are not problems to count. A placement that fails is logged (ids only, never
 * the text) rather than failing the resident's ticket, which is already stored.
 */
@Component
class TicketFiledGrouping {

	static final String COMPLAINT = "COMPLAINT";

	private static final Logger log = LoggerFactory.getLogger(TicketFiledGrouping.class);

	private final ComplaintGrouping grouping;

	TicketFiledGrouping(ComplaintGrouping grouping) {
		this.grouping = grouping;
	}

	@EventListener
	void on(TicketFiled filed) {
		if (!COMPLAINT.equals(filed.category())) {
			return;
		}
		try {
			this.grouping.place(new Complaint(filed.ticketId(), filed.projectId(), filed.channel(), filed.text(),
					filed.receivedAt()));
		}
		catch (RuntimeException ex) {
			log.warn("Complaint {} of project {} could not be grouped: {}", filed.ticketId(), filed.projectId(),
					ex.getClass().getSimpleName());
		}
	}

}
