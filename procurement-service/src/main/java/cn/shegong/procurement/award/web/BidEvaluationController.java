package cn.shegong.procurement.award.web;

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
import cn.shegong.procurement.award.application.BidEvaluationUseCases;
import cn.shegong.procurement.tender.web.TenderView;

/**
 * The review panel's evaluation of a closed tender (评标). Officers of the buyer's region
 * seat the panel, record each member's score sheet and finalise the scoring; officers and
 * supervisors read it all. Agencies never see it: it holds every bid's price.
 */
@RestController
@RequestMapping("/api/procurement/tenders/{tenderId}/bid-evaluation")
class BidEvaluationController {

	private final BidEvaluationUseCases evaluations;

	BidEvaluationController(BidEvaluationUseCases evaluations) {
		this.evaluations = evaluations;
	}

	@PostMapping("/panel")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('procurement-officer')")
	BidEvaluationView appointPanel(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody EvaluationRequests.Panel panel) {
		return BidEvaluationView.of(this.evaluations.appointPanel(caller, tenderId, panel.panelMembers()));
	}

	@PostMapping("/score-sheets")
	@PreAuthorize("hasRole('procurement-officer')")
	BidEvaluationView recordSheet(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody EvaluationRequests.ScoreSheet sheet) {
		return BidEvaluationView
			.of(this.evaluations.recordSheet(caller, tenderId, sheet.memberId(), sheet.panelScores(), sheet.version()));
	}

	@PostMapping("/finalisation")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView finalise(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody EvaluationRequests.Finalisation finalisation) {
		return TenderView.of(this.evaluations.finalise(caller, tenderId, finalisation.version()).versioned());
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('procurement-officer', 'supervisor', 'admin')")
	BidEvaluationView read(Caller caller, @PathVariable String tenderId) {
		return BidEvaluationView.of(this.evaluations.read(caller, tenderId));
	}

}
