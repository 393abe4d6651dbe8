package cn.shegong.feedback.ticket.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.ticket.model.ProtectedContact;
import cn.shegong.feedback.ticket.model.StateChange;
import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.model.TicketCategory;
import cn.shegong.feedback.ticket.model.TicketStatus;

/**
 * A ticket with its history, in one document so that a change and the event it causes are
 * one write (its outbox). The contact is stored sealed and masked, never in clear.
 */
@Document(TicketDocument.COLLECTION)
record TicketDocument(@Id String id, String receiptCode, String projectId, String agencyId, String buyerId,
		String regionCode, TicketCategory category, FeedbackChannel channel, String text, String sealedName,
		String sealedPhone, String maskedName, String maskedPhone, Instant receivedAt, Instant deadline,
		Instant targetAt, TicketStatus status, List<StateChange> history, Instant resolvedAt, int reopenCount,
		Instant escalatedAt, @Version Long version) {

	static final String COLLECTION = "tickets";

	static TicketDocument of(Ticket ticket, Long version) {
		Ticket.Routing routing = ticket.routing();
		ProtectedContact contact = ticket.contact();
		return new TicketDocument(ticket.id(), ticket.receiptCode(), routing.projectId(), routing.agencyId(),
				routing.buyerId(), routing.regionCode(), ticket.category(), ticket.channel(), ticket.text(),
				contact.sealedName(), contact.sealedPhone(), contact.maskedName(), contact.maskedPhone(),
				ticket.receivedAt(), ticket.deadline(), ticket.targetAt(), ticket.status(), ticket.history(),
				ticket.resolvedAt(), ticket.reopenCount(), ticket.escalatedAt(), version);
	}

	Ticket toTicket() {
		return new Ticket(this.id, this.receiptCode,
				new Ticket.Routing(this.projectId, this.agencyId, this.buyerId, this.regionCode), this.category,
				this.channel, this.text,
				new ProtectedContact(this.sealedName, this.sealedPhone, this.maskedName, this.maskedPhone),
				this.receivedAt, this.deadline, this.targetAt, this.status,
				(this.history != null) ? this.history : List.of(), this.resolvedAt, this.reopenCount, this.escalatedAt);
	}

}
