package cn.shegong.feedback.ticket.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.feedback.event.TicketEvents;
import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.model.TicketStatus;
import cn.shegong.feedback.ticket.persistence.Tickets;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.outbox.PendingEvent;
import cn.shegong.platform.security.Caller;

/**
 * Moves tickets along: the routed agency's staff acknowledge, work on and resolve them
 * (each on the version they read), the resident confirms or reopens a resolution by
 * receipt code. A resolution is announced as {@code feedback.TicketResolved} in the same
 * write.
 */
@Service
public class TicketHandling {

	private final Tickets tickets;

	private final Outbox outbox;

	private final Clock clock;

	TicketHandling(Tickets tickets, Outbox outbox, Clock clock) {
		this.tickets = tickets;
		this.outbox = outbox;
		this.clock = clock;
	}

	public Tickets.Versioned acknowledge(Caller caller, String ticketId, long version) {
		return answer(caller, ticketId, version, (ticket, now) -> ticket.acknowledge(now));
	}

	public Tickets.Versioned startProgress(Caller caller, String ticketId, long version) {
		return answer(caller, ticketId, version, (ticket, now) -> ticket.startProgress(now));
	}

	public Tickets.Versioned resolve(Caller caller, String ticketId, long version, String reply) {
		return answer(caller, ticketId, version, (ticket, now) -> ticket.resolve(reply.strip(), now));
	}

	/** The resident's answer to a resolution: satisfied closes, not satisfied reopens. */
	public Tickets.Versioned confirm(String receiptCode, boolean satisfied, String reason) {
		Tickets.Versioned current = TicketReading.byReceipt(this.tickets, receiptCode);
		return save(current, (ticket, now) -> satisfied ? ticket.confirm(now) : ticket.reopen(reason, now));
	}

	private Tickets.Versioned answer(Caller caller, String ticketId, long version,
			BiFunction<Ticket, Instant, Ticket> step) {
		Tickets.Versioned current = this.tickets.find(ticketId)
			.filter((found) -> TicketAccess.mayAnswer(caller, found.ticket()))
			.orElseThrow(() -> TicketReading.notFound(ticketId));
		if (current.version() != version) {
			throw new OptimisticLockingFailureException(
					"Ticket " + ticketId + " is at version " + current.version() + ", not " + version);
		}
		return save(current, step);
	}

	private Tickets.Versioned save(Tickets.Versioned current, BiFunction<Ticket, Instant, Ticket> step) {
		Ticket next = step.apply(current.ticket(), this.clock.instant());
		long version = this.tickets.save(next, current.version(), eventsOf(next));
		return new Tickets.Versioned(next, version);
	}

	private List<PendingEvent> eventsOf(Ticket ticket) {
		if (ticket.status() != TicketStatus.RESOLVED) {
			return List.of();
		}
		return List.of(this.outbox.pending(TicketEvents.TICKET_RESOLVED, ticket.id(),
				new TicketEvents.TicketResolved(ticket.id(), ticket.routing().projectId(), ticket.routing().agencyId(),
						ticket.category().name(), ticket.receivedAt(), ticket.resolvedAt(),
						!ticket.isLate(ticket.resolvedAt()), ticket.reopenCount())));
	}

}
