package cn.shegong.procurement.award.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.award.application.AwardUseCases;
import cn.shegong.procurement.tender.model.TenderEvent.ChallengeFiled;
import cn.shegong.procurement.tender.web.TenderView;

/**
 * The award of a scored tender: officers propose it, answer challenges and make it final;
 * a bidding agency may challenge it and learns only about its own challenge.
 */
@RestController
@RequestMapping("/api/procurement/tenders/{tenderId}")
class AwardController {

	private final AwardUseCases awards;

	AwardController(AwardUseCases awards) {
		this.awards = awards;
	}

	@PostMapping("/award-proposal")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView propose(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody AwardRequests.Proposal proposal) {
		return TenderView.of(this.awards.proposeAward(caller, tenderId,
				Optional.ofNullable(proposal.agencyId()).filter((id) -> !id.isBlank()), proposal.reason(),
				proposal.version()));
	}

	@PostMapping("/challenges")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('agency-staff')")
	ChallengeReceipt challenge(Caller caller, @PathVariable String tenderId,
			@Valid @RequestBody AwardRequests.ChallengeLetter letter) {
		return ChallengeReceipt.of(this.awards.challenge(caller, tenderId, letter.reason()));
	}

	@PostMapping("/challenges/{challengeId}/answer")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView answer(Caller caller, @PathVariable String tenderId, @PathVariable String challengeId,
			@Valid @RequestBody AwardRequests.Answer answer) {
		return TenderView.of(this.awards.answerChallenge(caller, tenderId, challengeId, answer.reply()));
	}

	@PostMapping("/award")
	@PreAuthorize("hasRole('procurement-officer')")
	TenderView award(Caller caller, @PathVariable String tenderId, @Valid @RequestBody AwardRequests.Award award) {
		return TenderView.of(this.awards.award(caller, tenderId, award.version()));
	}

	/**
	 * What the challenger is told: its challenge's id and deadlines, nothing of others'.
	 */
	record ChallengeReceipt(String tenderId, String challengeId, LocalDate filedOn, LocalDate replyDueOn,
			LocalDate complaintDueOn) {

		static ChallengeReceipt of(ChallengeFiled filed) {
			return new ChallengeReceipt(filed.tenderId(), filed.challengeId(), filed.filedOn(), filed.replyDueOn(),
					filed.complaintDueOn());
		}

	}

}
