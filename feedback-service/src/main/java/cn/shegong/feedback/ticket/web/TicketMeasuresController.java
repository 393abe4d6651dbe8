package cn.shegong.feedback.ticket.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.ticket.application.TicketReading;
import cn.shegong.platform.security.Caller;

/**
 * A project's on-time figures for a period: counts only, no ticket, so the evaluators
 * assigned to the project may read them too.
 */
@RestController
class TicketMeasuresController {

	private final TicketReading reading;

	TicketMeasuresController(TicketReading reading) {
		this.reading = reading;
	}

	@GetMapping("/api/feedback/projects/{projectId}/ticket-measures")
	@PreAuthorize("hasAnyRole('agency-staff', 'agency-hr', 'procurement-officer', 'supervisor', 'evaluator', 'admin')")
	TicketViews.Measures measures(Caller caller, @PathVariable String projectId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return TicketViews.Measures.of(projectId, from.toString(), to.toString(),
				this.reading.measures(caller, projectId, from, to));
	}

}
