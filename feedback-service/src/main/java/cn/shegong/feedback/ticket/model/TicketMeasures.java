package cn.shegong.feedback.ticket.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * How promptly a project's tickets were resolved, over a set of tickets (those received
 * in a period) as they stand at {@code now}.
 *
 * <p>
 * "On time" means resolved by the deadline and then closed (by the resident or after the
 * quiet period): a closing is the only moment the outcome is settled, and a resolution
 * that was reopened does not count. The on-time rate is closed on time ÷ (closed + open
 * and already late), so a ticket left unresolved past its deadline counts against the
 * agency at once instead of hiding until it is closed. Open tickets still within their
 * deadline (and resolved-on-time tickets not yet closed) are {@code pending} and count
 * neither way. Praise runs no clock and is counted only in {@code received}.
 *
 * @param onTimeRate empty when no ticket is settled or late yet
 */
public record TicketMeasures(int received, int closed, int closedOnTime, int openOverdue, int pending,
		Optional<Double> onTimeRate) {

	public static TicketMeasures of(Collection<Ticket> tickets, Instant now) {
		int closed = 0;
		int closedOnTime = 0;
		int openOverdue = 0;
		int pending = 0;
		for (Ticket ticket : tickets) {
			if (!ticket.category().heldToSla()) {
				continue;
			}
			boolean late = ticket.isLate(now);
			if (ticket.isClosed()) {
				closed++;
				closedOnTime += late ? 0 : 1;
			}
			else if (late) {
				openOverdue++;
			}
			else {
				pending++;
			}
		}
		int settled = closed + openOverdue;
		Optional<Double> rate = (settled == 0) ? Optional.empty() : Optional.of((double) closedOnTime / settled);
		return new TicketMeasures(tickets.size(), closed, closedOnTime, openOverdue, pending, rate);
	}

}
