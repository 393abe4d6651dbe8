package cn.shegong.feedback.ticket.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.ticket.application.TicketFiling;
import cn.shegong.feedback.ticket.application.TicketHandling;
import cn.shegong.feedback.ticket.application.TicketReading;
import cn.shegong.feedback.ticket.model.TicketStatus;
import cn.shegong.platform.security.Caller;

/**
 * Staff enter tickets that reached them off-line; the routed agency answers tickets;
 * agencies, officers and supervisors read the tickets they may see. Evaluators are not
 * let in: they see measures only.
 */
@RestController
class TicketController {

	private final TicketFiling filing;

	private final TicketReading reading;

	private final TicketHandling handling;

	TicketController(TicketFiling filing, TicketReading reading, TicketHandling handling) {
		this.filing = filing;
		this.reading = reading;
		this.handling = handling;
	}

	/** The receipt code is answered once, for staff to pass on to the resident. */
	@PostMapping("/api/feedback/projects/{projectId}/tickets")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('agency-staff', 'procurement-officer', 'supervisor')")
	TicketViews.Filed enter(Caller caller, @PathVariable String projectId,
			@Valid @RequestBody TicketRequests.ByStaff request) {
		return TicketViews.Filed.of(this.filing.fileByStaff(caller, projectId, request.channel(), request.draft()));
	}

	/**
	 * @param overdue only tickets escalated to the buyer as overdue
	 */
	@GetMapping("/api/feedback/tickets")
	@PreAuthorize("hasAnyRole('agency-staff', 'agency-hr', 'procurement-officer', 'supervisor', 'admin')")
	List<TicketViews.ForStaff> list(Caller caller, @RequestParam Optional<String> projectId,
			@RequestParam Optional<TicketStatus> status, @RequestParam(defaultValue = "false") boolean overdue) {
		// A blank ?projectId= (an emptied filter field) asks for no project filter.
		Optional<String> project = projectId.filter((id) -> !id.isBlank());
		return this.reading.list(caller, project, status, overdue).stream().map(TicketViews.ForStaff::of).toList();
	}

	@GetMapping("/api/feedback/tickets/{ticketId}")
	@PreAuthorize("hasAnyRole('agency-staff', 'agency-hr', 'procurement-officer', 'supervisor', 'admin')")
	TicketViews.ForStaff read(Caller caller, @PathVariable String ticketId) {
		return TicketViews.ForStaff.of(this.reading.forStaff(caller, ticketId));
	}

	@PostMapping("/api/feedback/tickets/{ticketId}/acknowledgement")
	@PreAuthorize("hasRole('agency-staff')")
	TicketViews.ForStaff acknowledge(Caller caller, @PathVariable String ticketId,
			@Valid @RequestBody TicketRequests.Step request) {
		return TicketViews.ForStaff.of(this.handling.acknowledge(caller, ticketId, request.version()));
	}

	@PostMapping("/api/feedback/tickets/{ticketId}/progress")
	@PreAuthorize("hasRole('agency-staff')")
	TicketViews.ForStaff startProgress(Caller caller, @PathVariable String ticketId,
			@Valid @RequestBody TicketRequests.Step request) {
		return TicketViews.ForStaff.of(this.handling.startProgress(caller, ticketId, request.version()));
	}

	@PostMapping("/api/feedback/tickets/{ticketId}/resolution")
	@PreAuthorize("hasRole('agency-staff')")
	TicketViews.ForStaff resolve(Caller caller, @PathVariable String ticketId,
			@Valid @RequestBody TicketRequests.Resolution request) {
		return TicketViews.ForStaff.of(this.handling.resolve(caller, ticketId, request.version(), request.reply()));
	}

}
