package cn.shegong.feedback.ticket.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.persistence.Tickets;

/**
 * Closes resolutions the resident let stand for the quiet period (P7D unless configured):
 * silence is taken as acceptance, so that on-time figures settle.
 */
@Service
public class QuietClosing {

	private final Tickets tickets;

	private final TicketProperties properties;

	private final Clock clock;

	QuietClosing(Tickets tickets, TicketProperties properties, Clock clock) {
		this.tickets = tickets;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many tickets this pass closed
	 */
	public int runOnce() {
		Instant now = this.clock.instant();
		int closed = 0;
		for (Tickets.Versioned resolved : this.tickets.resolvedSince(now.minus(this.properties.quietPeriod()))) {
			closed += close(resolved, now) ? 1 : 0;
		}
		return closed;
	}

	private boolean close(Tickets.Versioned resolved, Instant now) {
		return resolved.ticket()
			.closeQuietly(now, this.properties.quietPeriod())
			.map((closed) -> saved(closed, resolved.version()))
			.orElse(false);
	}

	private boolean saved(Ticket closed, long version) {
		try {
			this.tickets.save(closed, version, List.of());
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			// The resident answered meanwhile; their answer stands.
			return false;
		}
	}

}
