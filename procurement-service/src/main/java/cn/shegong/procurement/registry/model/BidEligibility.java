package cn.shegong.procurement.registry.model;

import java.time.LocalDate;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * Whether an agency may bid on a day, as far as the registry knows. The registry is a
 * record, never a precondition to bid [NAT 财办库〔2021〕14号]: an agency it has never heard of
 * is eligible, and says so by its own outcome. The project's own conditions (such as the
 * staffing requirement) are judged elsewhere.
 */
public enum BidEligibility {

	/** Known to the registry, not on the dishonesty list and not under an active ban. */
	ELIGIBLE_AS_REGISTERED,
	/** Not in the registry: nothing on record stands against it. */
	ELIGIBLE_WITHOUT_REGISTRATION;

	/**
	 * The outcome for an agency on a day, or a refusal. The dishonesty list is checked
	 * first: it does not lapse by itself, so naming a ban's end date to a listed agency
	 * would promise a day on which it still could not bid.
	 */
	public static BidEligibility check(Optional<Agency> registered, LocalDate on) {
		return check(registered, Optional.empty(), on);
	}

	/**
	 * As {@link #check(Optional, LocalDate)}, with the bans an agency unknown to the
	 * registry received: a final 不合格 bans it like a registered one.
	 */
	public static BidEligibility check(Optional<Agency> registered, Optional<UnregisteredAgencyBans> unregistered,
			LocalDate on) {
		if (registered.isEmpty()) {
			requireNoBanWithoutRegistration(unregistered, on);
			return ELIGIBLE_WITHOUT_REGISTRATION;
		}
		Agency agency = registered.get();
		if (agency.creditStatus().blocksBidding()) {
			throw ProblemException.ruleViolated("agency-on-dishonesty-list",
					"agency %s is on the dishonesty list (失信名单) and may not bid".formatted(agency.id()), agency.id());
		}
		agency.activeBanOn(on).ifPresent((ban) -> {
			throw banned(agency.id(), on, ban);
		});
		// A ban received before registering still stands after it.
		requireNoBanWithoutRegistration(unregistered, on);
		return ELIGIBLE_AS_REGISTERED;
	}

	private static void requireNoBanWithoutRegistration(Optional<UnregisteredAgencyBans> unregistered, LocalDate on) {
		unregistered.flatMap((bans) -> bans.activeBanOn(on)).ifPresent((ban) -> {
			throw banned(unregistered.get().agencyId(), on, ban);
		});
	}

	private static ProblemException banned(String agencyId, LocalDate on, BanPeriod ban) {
		return ProblemException.ruleViolated("agency-banned",
				"agency %s is banned from new bids on %s until %s (may bid again from that day), after evaluation %s"
					.formatted(agencyId, on, ban.until(), ban.sourceEvaluationId()),
				agencyId, on, ban.until(), ban.sourceEvaluationId());
	}

}
