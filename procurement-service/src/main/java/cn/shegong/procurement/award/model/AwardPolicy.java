package cn.shegong.procurement.award.model;

import java.util.List;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.bidding.model.RankedBid;

/**
 * Whom the buyer may propose for the award: the top-ranked bid by default [NAT 财政部令第87号
 * art 68]. Another ranked bid only with a reason on record, for instance when the
 * top-ranked agency declines; an unranked agency never.
 */
public final class AwardPolicy {

	private AwardPolicy() {
	}

	public static RankedBid choose(List<RankedBid> ranking, Optional<String> requestedAgencyId, String reason) {
		if (ranking.isEmpty()) {
			throw ProblemException.conflict("no-ranked-bid", "No bid is ranked, so there is no one to propose.");
		}
		RankedBid top = ranking.get(0);
		if (requestedAgencyId.isEmpty() || requestedAgencyId.get().equals(top.agencyId())) {
			return top;
		}
		String requested = requestedAgencyId.get();
		RankedBid chosen = ranking.stream()
			.filter((ranked) -> ranked.agencyId().equals(requested))
			.findFirst()
			.orElseThrow(() -> ProblemException.ruleViolated("proposed-agency-not-ranked",
					"Agency " + requested + " has no ranked bid on this tender.", requested));
		if (reason == null || reason.isBlank()) {
			throw ProblemException.ruleViolated(
					"passing-over-top-ranked-needs-reason", "Agency " + requested + " ranks " + chosen.rank()
							+ "; passing over the top-ranked agency " + top.agencyId() + " needs a reason on record.",
					requested, chosen.rank(), top.agencyId());
		}
		return chosen;
	}

}
