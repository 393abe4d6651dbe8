package cn.shegong.feedback.ticket.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.shegong.feedback.station.application.Stations;
import cn.shegong.feedback.station.model.ServedProject;
import cn.shegong.feedback.station.persistence.ServedProjects;
import cn.shegong.feedback.ticket.model.ReceiptCodes;
import cn.shegong.feedback.ticket.model.TicketMeasures;
import cn.shegong.feedback.ticket.model.TicketStatus;
import cn.shegong.feedback.ticket.persistence.TicketFilter;
import cn.shegong.feedback.ticket.persistence.Tickets;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * Reads tickets for those allowed to see them, and the on-time figures of a project.
 * Anything a caller may not see reads as not found.
 */
@Service
public class TicketReading {

	private final Tickets tickets;

	private final Stations stations;

	private final ServedProjects projects;

	private final TicketProperties properties;

	private final Clock clock;

	TicketReading(Tickets tickets, Stations stations, ServedProjects projects, TicketProperties properties,
			Clock clock) {
		this.tickets = tickets;
		this.stations = stations;
		this.projects = projects;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The resident's own ticket. Every code that is not a ticket's (malformed or merely
	 * unused) takes the same exact-match lookup and gets the same answer, so probing
	 * tells nothing about which codes exist.
	 */
	public Tickets.Versioned forResident(String receiptCode) {
		return byReceipt(this.tickets, receiptCode);
	}

	public Tickets.Versioned forStaff(Caller caller, String ticketId) {
		return this.tickets.find(ticketId)
			.filter((found) -> TicketAccess.mayRead(caller, found.ticket()))
			.orElseThrow(() -> notFound(ticketId));
	}

	/**
	 * Tickets the caller may read: an agency's of its own projects, an officer's or
	 * supervisor's of their region, an admin's of all.
	 * @param escalatedOnly only those escalated to the buyer as overdue
	 */
	public List<Tickets.Versioned> list(Caller caller, Optional<String> projectId, Optional<TicketStatus> status,
			boolean escalatedOnly) {
		projectId.ifPresent((id) -> this.stations.readable(caller, id));
		Optional<String> agency = caller.hasAnyRole(PlatformRoles.AGENCY_STAFF, PlatformRoles.AGENCY_HR)
				? caller.agencyId() : Optional.empty();
		TicketFilter filter = new TicketFilter(projectId, agency, overseenProjects(caller, projectId), status,
				escalatedOnly, this.properties.listLimit());
		return this.tickets.matching(filter)
			.stream()
			.filter((found) -> TicketAccess.mayRead(caller, found.ticket()))
			.toList();
	}

	/**
	 * The on-time figures of a project's tickets received from {@code from} to {@code to}
	 * (both days included, in the platform's time zone), as they stand now; see
	 * {@link TicketMeasures} for what counts. Those who may read the project's tickets
	 * and the evaluators assigned to it (figures only, no ticket) may ask.
	 */
	public TicketMeasures measures(Caller caller, String projectId, LocalDate from, LocalDate to) {
		ServedProject project = this.stations.figuresReadable(caller, projectId);
		if (to.isBefore(from)) {
			throw ProblemException.ruleViolated("measure-period-reversed",
					"A period runs from a day to the same or a later one, not from %s to %s".formatted(from, to), from,
					to);
		}
		ZoneId zone = this.clock.getZone();
		return TicketMeasures.of(this.tickets.receivedBetween(project.projectId(), from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant()), this.clock.instant());
	}

	/**
	 * The projects an officer or supervisor oversees, so that a list across their region
	 * is not crowded out by other regions' tickets; nobody else is narrowed this way.
	 */
	private Optional<List<String>> overseenProjects(Caller caller, Optional<String> projectId) {
		if (projectId.isPresent() || caller.hasRole(PlatformRoles.ADMIN)
				|| !caller.hasAnyRole(PlatformRoles.PROCUREMENT_OFFICER, PlatformRoles.SUPERVISOR)) {
			return Optional.empty();
		}
		return Optional.of(this.projects.all()
			.stream()
			.filter((project) -> Stations.oversees(caller, project))
			.map(ServedProject::projectId)
			.toList());
	}

	static Tickets.Versioned byReceipt(Tickets tickets, String receiptCode) {
		String code = ReceiptCodes.normalised(receiptCode);
		return tickets.byReceiptCode(code)
			.orElseThrow(() -> ProblemException.notFound("ticket-not-found",
					"No ticket has this receipt code; check it as printed on your receipt"));
	}

	static ProblemException notFound(String ticketId) {
		return ProblemException.notFound("ticket-not-found", "No ticket %s here".formatted(ticketId), ticketId);
	}

}
