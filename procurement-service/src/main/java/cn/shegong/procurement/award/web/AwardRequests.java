package cn.shegong.procurement.award.web;

import jakarta.validation.constraints.NotNull;

/** The bodies the award endpoints accept. Blank texts are the domain's to refuse. */
final class AwardRequests {

	private AwardRequests() {
	}

	/**
	 * @param agencyId absent for the top-ranked agency
	 * @param reason why the top-ranked agency is passed over, when it is
	 */
	record Proposal(String agencyId, String reason, @NotNull Long version) {

	}

	record ChallengeLetter(String reason) {

	}

	record Answer(String reply) {

	}

	record Award(@NotNull Long version) {

	}

}
