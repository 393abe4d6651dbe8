package cn.shegong.feedback.ticket.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.platform.problem.ProblemException;

/**
 * A complaint, request or praise, routed to the agency running the project, and its way
 * from receipt to closing (DOMAIN.md §5). Each command returns the ticket as it now
 * stands and refuses ({@code ticket-transition-not-allowed}) a step its state does not
 * allow.
 *
 * <p>
 * The SLA clock runs from receipt and never restarts: a reopened ticket is due by the
 * same deadline, because the resident has been waiting since then and a reopening means
 * the first answer did not solve the problem.
 *
 * @param deadline when a ticket held to the SLA becomes overdue; a resolution at exactly
 * this instant is on time
 * @param resolvedAt the standing resolution, null while the agency owes one
 * @param escalatedAt when it was escalated to the buyer as overdue; a ticket escalates
 * once in its life
 */
public record Ticket(String id, String receiptCode, Routing routing, TicketCategory category, FeedbackChannel channel,
		String text, ProtectedContact contact, Instant receivedAt, Instant deadline, Instant targetAt,
		TicketStatus status, List<StateChange> history, Instant resolvedAt, int reopenCount, Instant escalatedAt) {

	public Ticket {
		history = List.copyOf(history);
	}

	/** A ticket as it arrives, due by the buyer's terms. */
	public static Ticket received(String id, String receiptCode, Routing routing, TicketCategory category,
			FeedbackChannel channel, String text, ProtectedContact contact, Instant now, SlaTerms terms) {
		return new Ticket(id, receiptCode, routing, category, channel, text, contact, now, now.plus(terms.deadline()),
				now.plus(terms.target()), TicketStatus.RECEIVED,
				List.of(new StateChange(TicketStatus.RECEIVED, now, null)), null, 0, null);
	}

	/** The agency has seen it; praise needs nothing more and is closed at once. */
	public Ticket acknowledge(Instant now) {
		requireStatus("acknowledge", TicketStatus.RECEIVED);
		Ticket acknowledged = moveTo(TicketStatus.ACKNOWLEDGED, now, null, this.resolvedAt, this.reopenCount);
		if (this.category.heldToSla()) {
			return acknowledged;
		}
		return acknowledged.moveTo(TicketStatus.CLOSED, now, null, now, this.reopenCount);
	}

	public Ticket startProgress(Instant now) {
		requireStatus("start work on", TicketStatus.ACKNOWLEDGED, TicketStatus.REOPENED);
		return moveTo(TicketStatus.IN_PROGRESS, now, null, null, this.reopenCount);
	}

	/** The agency's answer; the resident may confirm it or reopen the ticket. */
	public Ticket resolve(String reply, Instant now) {
		requireStatus("resolve", TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS, TicketStatus.REOPENED);
		return moveTo(TicketStatus.RESOLVED, now, reply, now, this.reopenCount);
	}

	/** The resident is satisfied with the resolution. */
	public Ticket confirm(Instant now) {
		requireStatus("confirm", TicketStatus.RESOLVED);
		return moveTo(TicketStatus.CLOSED, now, null, this.resolvedAt, this.reopenCount);
	}

	/**
	 * The resident is not satisfied: the agency owes a resolution again, by the original
	 * deadline.
	 */
	public Ticket reopen(String reason, Instant now) {
		requireStatus("reopen", TicketStatus.RESOLVED);
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated("reopen-needs-reason",
					"Say what is still wrong, so the agency can act on it");
		}
		return moveTo(TicketStatus.REOPENED, now, reason.strip(), null, this.reopenCount + 1);
	}

	/**
	 * Closes a resolution the resident let stand for the quiet period; empty while the
	 * period runs or when there is nothing to close. At exactly the end of the period it
	 * closes.
	 */
	public Optional<Ticket> closeQuietly(Instant now, Duration quietPeriod) {
		if (this.status != TicketStatus.RESOLVED || now.isBefore(this.resolvedAt.plus(quietPeriod))) {
			return Optional.empty();
		}
		return Optional.of(moveTo(TicketStatus.CLOSED, now, null, this.resolvedAt, this.reopenCount));
	}

	/**
	 * Whether the agency still owes a resolution after the deadline has passed; at the
	 * deadline itself it is not overdue yet.
	 */
	public boolean isOverdue(Instant now) {
		return this.category.heldToSla() && this.status.awaitsResolution() && now.isAfter(this.deadline);
	}

	/** The ticket marked as escalated, if it is overdue and was never escalated. */
	public Optional<Ticket> escalate(Instant now) {
		if (!isOverdue(now) || this.escalatedAt != null) {
			return Optional.empty();
		}
		return Optional.of(new Ticket(this.id, this.receiptCode, this.routing, this.category, this.channel, this.text,
				this.contact, this.receivedAt, this.deadline, this.targetAt, this.status, this.history, this.resolvedAt,
				this.reopenCount, now));
	}

	/**
	 * Whether it can no longer count as on time: resolved after the deadline, or still
	 * unresolved after it. Praise runs no clock and is never late.
	 */
	public boolean isLate(Instant now) {
		if (!this.category.heldToSla()) {
			return false;
		}
		return (this.resolvedAt != null) ? this.resolvedAt.isAfter(this.deadline) : now.isAfter(this.deadline);
	}

	public boolean isClosed() {
		return this.status == TicketStatus.CLOSED;
	}

	private void requireStatus(String action, TicketStatus... allowed) {
		if (!Set.of(allowed).contains(this.status)) {
			throw ProblemException.ruleViolated("ticket-transition-not-allowed",
					"Ticket %s is %s; to %s it, it must be %s".formatted(this.id, this.status, action,
							List.of(allowed)),
					this.id, this.status, action);
		}
	}

	private Ticket moveTo(TicketStatus next, Instant now, String note, Instant resolution, int reopens) {
		List<StateChange> steps = new ArrayList<>(this.history);
		steps.add(new StateChange(next, now, note));
		return new Ticket(this.id, this.receiptCode, this.routing, this.category, this.channel, this.text, this.contact,
				this.receivedAt, this.deadline, this.targetAt, next, steps, resolution, reopens, this.escalatedAt);
	}

	/**
	 * Whose ticket it is, fixed at receipt: the project, the agency running it then, and
	 * the buyer and region it escalates to.
	 */
	public record Routing(String projectId, String agencyId, String buyerId, String regionCode) {

	}

}
