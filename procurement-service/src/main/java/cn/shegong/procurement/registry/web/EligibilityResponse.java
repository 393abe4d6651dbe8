package cn.shegong.procurement.registry.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.shegong.procurement.registry.application.EligibilityAnswer;
import cn.shegong.procurement.registry.model.BidEligibility;

/**
 * Whether an agency may bid on a day: {@code outcome} when it may, {@code rule} and
 * {@code detail} when it may not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EligibilityResponse(String agencyId, LocalDate on, boolean eligible, BidEligibility outcome, String rule,
		String detail) {

	static EligibilityResponse of(EligibilityAnswer answer) {
		return new EligibilityResponse(answer.agencyId(), answer.on(), answer.eligible(), answer.outcome().orElse(null),
				answer.rule().orElse(null), answer.detail().orElse(null));
	}

}
