package cn.shegong.talent.event;

import java.time.LocalDate;

import cn.shegong.talent.tier.model.AllowanceSchedule;
import cn.shegong.talent.tier.model.TierDecision;

/**
 * The data of {@code talent.TierChanged} v1: tiers as numbers 1 to 4 and the new monthly
 * allowance in fen.
 */
public record TierChanged(String workerId, String agencyId, int fromTier, int toTier, long monthlyAllowanceFen,
		LocalDate effectiveFrom) {

	public static TierChanged of(TierDecision decision, String agencyId, AllowanceSchedule schedule,
			LocalDate effectiveFrom) {
		if (decision.to() == decision.from()) {
			throw new IllegalArgumentException(
					"a decision that keeps " + decision.workerId() + " in " + decision.to() + " changes no tier");
		}
		return new TierChanged(decision.workerId(), agencyId, decision.from().number(), decision.to().number(),
				schedule.monthlyFor(decision.to()).fen(), effectiveFrom);
	}

}
