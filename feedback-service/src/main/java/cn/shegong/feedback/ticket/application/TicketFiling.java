package cn.shegong.feedback.ticket.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.shegong.feedback.channel.model.FeedbackChannel;
import cn.shegong.feedback.intake.SubmissionGuard;
import cn.shegong.feedback.protection.ContactProtection;
import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.ticket.model.ReceiptCodes;
import cn.shegong.feedback.ticket.model.ResidentContact;
import cn.shegong.feedback.ticket.model.SlaPolicy;
import cn.shegong.feedback.ticket.model.Ticket;
import cn.shegong.feedback.ticket.persistence.Tickets;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;

/**
 * Files tickets: residents on their own through the online form, staff for what reached
 * them by hotline, forum, paper or village committee. Either way the ticket goes to the
 * agency running the project, runs the buyer's SLA clock from receipt and gets a receipt
 * code for the resident.
 */
@Service
public class TicketFiling {

	private static final String KIND = "ticket";

	/** Draws before giving up on a free receipt code (a clash is ~never). */
	private static final int CODE_ATTEMPTS = 3;

	private final Stations stations;

	private final Tickets store;

	private final SubmissionGuard guard;

	private final ContactProtection protection;

	private final SlaPolicy sla;

	private final ReceiptCodes codes;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TicketFiling(Stations stations, Tickets store, SubmissionGuard guard, ContactProtection protection, SlaPolicy sla,
			ReceiptCodes codes, Clock clock, ApplicationEventPublisher events) {
		this.stations = stations;
		this.store = store;
		this.guard = guard;
		this.protection = protection;
		this.sla = sla;
		this.codes = codes;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A resident's own ticket, refused as a duplicate when the same client sent the same
	 * one moments ago.
	 * @param project the station code or project id the resident picked
	 */
	public Ticket fileByResident(String project, TicketDraft draft, String client) {
		ServedProject served = this.stations.forResident(project);
		ResidentContact contact = ResidentContact.of(draft.name(), draft.phone());
		SubmissionGuard.Claim claim = this.guard.claim(KIND, client, served.projectId(), draft.category().name(),
				draft.normalisedText());
		Ticket ticket;
		try {
			ticket = file(served, FeedbackChannel.ONLINE_FORM, draft, contact);
		}
		catch (RuntimeException ex) {
			this.guard.abandon(claim);
			throw ex;
		}
		this.guard.accepted(claim, ticket.receiptCode());
		return ticket;
	}

	/**
	 * A ticket staff of the running agency, or an officer overseeing the project, enter
	 * for a resident who reached them another way.
	 */
	public Ticket fileByStaff(Caller caller, String projectId, FeedbackChannel channel, TicketDraft draft) {
		ServedProject served = this.stations.readable(caller, projectId);
		if (!Stations.isRunningAgency(caller, served) && !Stations.oversees(caller, served)) {
			throw ProblemException.forbidden("ticket-entry-not-allowed",
					"Only the agency running project %s or an officer overseeing it enters tickets for it"
						.formatted(projectId),
					projectId);
		}
		channel.requireEnteredByStaff();
		// The same refusal a resident gets when no agency runs the project today.
		this.stations.openForFeedback(served);
		return file(served, channel, draft, ResidentContact.of(draft.name(), draft.phone()));
	}

	private Ticket file(ServedProject project, FeedbackChannel channel, TicketDraft draft, ResidentContact contact) {
		Ticket.Routing routing = new Ticket.Routing(project.projectId(), project.agencyId().orElseThrow(),
				project.buyerId(), project.regionCode());
		Instant now = this.clock.instant();
		Ticket ticket = insertWithFreeCode((code) -> Ticket.received(UUID.randomUUID().toString(), code, routing,
				draft.category(), channel, draft.text().strip(), this.protection.protect(contact), now,
				this.sla.termsFor(project.buyerId())));
		this.events.publishEvent(new TicketFiled(ticket.id(), routing.projectId(), ticket.category().name(),
				channel.name(), ticket.text(), ticket.receivedAt()));
		return ticket;
	}

	private Ticket insertWithFreeCode(Function<String, Ticket> withCode) {
		for (int attempt = 1;; attempt++) {
			Ticket ticket = withCode.apply(this.codes.next());
			try {
				this.store.insert(ticket);
				return ticket;
			}
			catch (DuplicateKeyException ex) {
				if (attempt == CODE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
