package cn.shegong.talent.tier.model;

import java.util.Optional;

import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.certificate.model.CertificateLevel;

/** Standings of workers the tier tests review. */
final class Workers {

	private Workers() {
	}

	/** Stands for the level of uncertified staff (辅助人员). */
	static final CertificateLevel NO_CERTIFICATE = null;

	static WorkerStanding standing(Tier tier, CertificateLevel level, int years, AppraisalGrade lastGrade) {
		return new WorkerStanding("w-1", tier, Optional.ofNullable(level), years, Optional.ofNullable(lastGrade));
	}

	/** Holds everything tier 2 asks by default. */
	static WorkerStanding certifiedAssistantOfTwoYearsAppraisedPass() {
		return standing(Tier.ONE, CertificateLevel.ASSISTANT, 2, AppraisalGrade.PASS);
	}

}
