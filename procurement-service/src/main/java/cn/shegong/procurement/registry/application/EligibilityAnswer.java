package cn.shegong.procurement.registry.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BidEligibility;
import cn.shegong.procurement.registry.model.UnregisteredAgencyBans;

/**
 * The registry's answer to "may this agency bid on this day?". A refusal is an answer
 * here, not an error: the question was asked properly, and the reply names the rule.
 *
 * @param outcome how the agency is eligible, when it is
 * @param rule the slug of the rule that refuses it, when it is not
 * @param detail why, in words, when it is not
 */
public record EligibilityAnswer(String agencyId, LocalDate on, boolean eligible, Optional<BidEligibility> outcome,
		Optional<String> rule, Optional<String> detail) {

	/**
	 * Asks the domain; only its rule refusals become answers, anything else propagates.
	 */
	public static EligibilityAnswer check(String agencyId, Optional<Agency> registered, LocalDate on) {
		return check(agencyId, registered, Optional.empty(), on);
	}

	/** As above, with the bans of an agency the registry does not know. */
	public static EligibilityAnswer check(String agencyId, Optional<Agency> registered,
			Optional<UnregisteredAgencyBans> unregistered, LocalDate on) {
		return of(agencyId, on, () -> BidEligibility.check(registered, unregistered, on));
	}

	/** The answer the check gives; only its rule refusals become answers. */
	static EligibilityAnswer of(String agencyId, LocalDate on, Supplier<BidEligibility> check) {
		try {
			BidEligibility outcome = check.get();
			return new EligibilityAnswer(agencyId, on, true, Optional.of(outcome), Optional.empty(), Optional.empty());
		}
		catch (ProblemException refusal) {
			if (refusal.kind() != ProblemException.Kind.RULE_VIOLATED) {
				throw refusal;
			}
			return new EligibilityAnswer(agencyId, on, false, Optional.empty(), Optional.of(refusal.rule()),
					Optional.of(refusal.getMessage()));
		}
	}

}
