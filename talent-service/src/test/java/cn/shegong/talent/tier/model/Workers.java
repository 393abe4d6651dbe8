package cn.shegong.talent.tier.model;

import java.util.Optional;

import cn.shegong.talent.appraisal.model.AppraisalGrade;

/** Standings of workers the tier tests review. */
final class Workers {

	private Workers() {
	}

	static WorkerStanding standing(Tier tier, CertificateLevel level, int years, AppraisalGrade lastGrade) {
		return new WorkerStanding("w-1", tier, level, years, Optional.ofNullable(lastGrade));
	}

	/** Holds everything tier 2 asks by default. */
	static WorkerStanding certifiedAssistantOfTwoYearsAppraisedPass() {
		return standing(Tier.ONE, CertificateLevel.ASSISTANT, 2, AppraisalGrade.PASS);
	}

}
