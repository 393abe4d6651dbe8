package cn.shegong.procurement.bidding.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.bidding.application.BiddingUseCases;

/**
 * Bids on a tender. An agency submits, reads, amends and withdraws its own bid; only the
 * buyer's officers see all bids, so no agency learns another's price.
 */
@RestController
@RequestMapping("/api/procurement/tenders/{tenderId}/bids")
class BidController {

	private final BiddingUseCases bidding;

	BidController(BiddingUseCases bidding) {
		this.bidding = bidding;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('agency-staff')")
	BidView submit(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody BidRequests.Submission submission) {
		return BidView.of(this.bidding.submit(caller, tenderId, submission.terms()));
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('agency-staff')")
	BidView mine(Caller caller, @PathVariable String tenderId) {
		return BidView.of(this.bidding.mine(caller, tenderId));
	}

	@PutMapping("/mine")
	@PreAuthorize("hasRole('agency-staff')")
	BidView amend(Caller caller, @PathVariable String tenderId, @Valid @RequestBody BidRequests.Amendment amendment) {
		return BidView.of(this.bidding.amend(caller, tenderId, amendment.terms(), amendment.version()));
	}

	@GetMapping
	@PreAuthorize("hasRole('procurement-officer')")
	List<BidView> all(Caller caller, @PathVariable String tenderId) {
		return this.bidding.all(caller, tenderId).stream().map(BidView::of).toList();
	}

	@PostMapping("/mine/withdrawal")
	@PreAuthorize("hasRole('agency-staff')")
	BidView withdraw(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody BidRequests.Withdrawal withdrawal) {
		return BidView.of(this.bidding.withdraw(caller, tenderId, withdrawal.version()));
	}

}
