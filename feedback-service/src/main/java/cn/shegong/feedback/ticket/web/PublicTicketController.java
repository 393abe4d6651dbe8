package cn.shegong.feedback.ticket.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.feedback.intake.ClientAddress;
import cn.shegong.feedback.ticket.application.TicketFiling;
import cn.shegong.feedback.ticket.application.TicketHandling;
import cn.shegong.feedback.ticket.application.TicketReading;

/**
 * Residents file and follow tickets without signing in; the receipt code is their key.
 */
@RestController
@RequestMapping("/api/feedback/public/tickets")
class PublicTicketController {

	private final TicketFiling filing;

	private final TicketReading reading;

	private final TicketHandling handling;

	PublicTicketController(TicketFiling filing, TicketReading reading, TicketHandling handling) {
		this.filing = filing;
		this.reading = reading;
		this.handling = handling;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TicketViews.Filed file(@Valid @RequestBody TicketRequests.ByResident request, HttpServletRequest http) {
		return TicketViews.Filed
			.of(this.filing.fileByResident(request.project(), request.draft(), ClientAddress.of(http)));
	}

	@GetMapping("/{receiptCode}")
	TicketViews.ForResident follow(@PathVariable String receiptCode) {
		return TicketViews.ForResident.of(this.reading.forResident(receiptCode));
	}

	/**
	 * Satisfied closes the ticket; not satisfied reopens it. A repeat finds the ticket no
	 * longer resolved and is refused, so no guard is needed against replays.
	 */
	@PostMapping("/{receiptCode}/confirmation")
	TicketViews.ForResident confirm(@PathVariable String receiptCode,
			@Valid @RequestBody TicketRequests.Confirmation request) {
		return TicketViews.ForResident.of(this.handling.confirm(receiptCode, request.satisfied(), request.reason()));
	}

}
