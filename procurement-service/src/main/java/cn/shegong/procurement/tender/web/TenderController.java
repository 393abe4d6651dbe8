package cn.shegong.procurement.tender.web;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.tender.application.TenderUseCases;

/**
 * Tenders of a buyer's region, from draft to published, closed for bidding or cancelled.
 * Changes carry the version they were made on.
 */
@RestController
@RequestMapping("/api/procurement/tenders")
class TenderController {

	private final TenderUseCases tenders;

	TenderController(TenderUseCases tenders) {
		this.tenders = tenders;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView draft(Caller caller, @Valid @RequestBody TenderRequests.DraftTender request) {
		return TenderView.of(this.tenders.draft(caller, request.projectId(), request.method(), request.notice()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	TenderView read(Caller caller, @PathVariable String id) {
		return TenderView.of(this.tenders.read(caller, id));
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView publish(Caller caller, @PathVariable String id,
			@Valid @RequestBody TenderRequests.Publication publication) {
		return TenderView.of(this.tenders.publish(caller, id, publication.biddingDeadline(), publication.version()));
	}

	@PostMapping("/{id}/bidding-closure")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView closeBidding(Caller caller, @PathVariable String id,
			@Valid @RequestBody TenderRequests.VersionOnly closure) {
		return TenderView.of(this.tenders.closeBidding(caller, id, closure.version()));
	}

	@PostMapping("/{id}/cancellation")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView cancel(Caller caller, @PathVariable String id,
			@Valid @RequestBody TenderRequests.Cancellation cancellation) {
		return TenderView.of(this.tenders.cancel(caller, id, cancellation.reason(), cancellation.version()));
	}

}
