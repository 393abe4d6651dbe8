package cn.shegong.feedback.ticket.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.feedback.event.TicketEvents;
import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.persistence.Tickets;
import cn.shegong.platform.outbox.Outbox;

/**
 * Escalates to the buyer every ticket that passed its deadline unresolved, exactly once:
 * the ticket is marked escalated and {@code feedback.TicketOverdue} is queued in the same
 * conditional write, so a second pass finds nothing to do and of two concurrent passes
 * only one write can succeed.
 */
@Service
public class OverdueEscalation {

	private final Tickets tickets;

	private final Outbox outbox;

	private final Clock clock;

	OverdueEscalation(Tickets tickets, Outbox outbox, Clock clock) {
		this.tickets = tickets;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @return how many tickets this pass escalated
	 */
	public int runOnce() {
		Instant now = this.clock.instant();
		int escalated = 0;
		for (Tickets.Versioned due : this.tickets.overdueUnescalated(now)) {
			escalated += escalate(due, now) ? 1 : 0;
		}
		return escalated;
	}

	private boolean escalate(Tickets.Versioned due, Instant now) {
		Optional<Ticket> escalated = due.ticket().escalate(now);
		if (escalated.isEmpty()) {
			return false;
		}
		Ticket ticket = escalated.get();
		try {
			this.tickets.save(ticket, due.version(),
					List.of(this.outbox.pending(TicketEvents.TICKET_OVERDUE, ticket.id(), overdue(ticket, now))));
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			// Another pass escalated it, or the agency just acted on it: the next pass
			// decides again from what is stored.
			return false;
		}
	}

	private static TicketEvents.TicketOverdue overdue(Ticket ticket, Instant now) {
		Ticket.Routing routing = ticket.routing();
		return new TicketEvents.TicketOverdue(ticket.id(), routing.projectId(), routing.agencyId(), routing.buyerId(),
				routing.regionCode(), ticket.category().name(), ticket.receivedAt(), ticket.deadline(),
				Duration.between(ticket.deadline(), now).toString());
	}

}
