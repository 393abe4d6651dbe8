package cn.shegong.feedback.ticket.web;

import java.time.Instant;
import java.util.List;

import cn.shegong.feedback.ticket.model.ProtectedContact;
import cn.shegong.feedback.ticket.model.StateChange;
import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.model.TicketMeasures;
import cn.shegong.feedback.ticket.persistence.Tickets;

/**
 * What the endpoints answer. A contact only ever leaves masked; the receipt code is shown
 * to whoever filed the ticket and to nobody else, since it is the resident's key.
 */
final class TicketViews {

	private TicketViews() {
	}

	/**
	 * @param resolveBy the buyer's deadline; null for praise, which runs no clock
	 * @param resolveTargetBy the buyer's target; null for praise
	 */
	record Filed(String receiptCode, String status, Instant receivedAt, Instant resolveBy, Instant resolveTargetBy) {

		static Filed of(Ticket ticket) {
			boolean clock = ticket.category().heldToSla();
			return new Filed(ticket.receiptCode(), ticket.status().name(), ticket.receivedAt(),
					clock ? ticket.deadline() : null, clock ? ticket.targetAt() : null);
		}

	}

	record Contact(String name, String phone) {

		static Contact of(ProtectedContact contact) {
			return new Contact(contact.maskedName(), contact.maskedPhone());
		}

	}

	/**
	 * @param note the agency's reply to a resolution, the reason for a reopening
	 */
	record Step(String status, Instant at, String note) {

		static List<Step> of(List<StateChange> history) {
			return history.stream()
				.map((change) -> new Step(change.status().name(), change.at(), change.note()))
				.toList();
		}

	}

	/** The resident's view by receipt code. */
	record ForResident(String receiptCode, String category, String channel, String text, String status,
			Instant receivedAt, Instant resolveBy, List<Step> history, Contact contact) {

		static ForResident of(Tickets.Versioned found) {
			Ticket ticket = found.ticket();
			return new ForResident(ticket.receiptCode(), ticket.category().name(), ticket.channel().name(),
					ticket.text(), ticket.status().name(), ticket.receivedAt(),
					ticket.category().heldToSla() ? ticket.deadline() : null, Step.of(ticket.history()),
					Contact.of(ticket.contact()));
		}

	}

	/** The agency's and the buyer's view. */
	record ForStaff(String id, String projectId, String agencyId, String category, String channel, String text,
			String status, Instant receivedAt, Instant resolveBy, Instant resolveTargetBy, boolean escalated,
			int reopenCount, List<Step> history, Contact contact, long version) {

		static ForStaff of(Tickets.Versioned found) {
			Ticket ticket = found.ticket();
			boolean clock = ticket.category().heldToSla();
			return new ForStaff(ticket.id(), ticket.routing().projectId(), ticket.routing().agencyId(),
					ticket.category().name(), ticket.channel().name(), ticket.text(), ticket.status().name(),
					ticket.receivedAt(), clock ? ticket.deadline() : null, clock ? ticket.targetAt() : null,
					ticket.escalatedAt() != null, ticket.reopenCount(), Step.of(ticket.history()),
					Contact.of(ticket.contact()), found.version());
		}

	}

	/**
	 * @param onTimeRate null while no ticket is settled or late
	 */
	record Measures(String projectId, String from, String to, int received, int closed, int closedOnTime,
			int openOverdue, int pending, Double onTimeRate) {

		static Measures of(String projectId, String from, String to, TicketMeasures measures) {
			return new Measures(projectId, from, to, measures.received(), measures.closed(), measures.closedOnTime(),
					measures.openOverdue(), measures.pending(), measures.onTimeRate().orElse(null));
		}

	}

}
