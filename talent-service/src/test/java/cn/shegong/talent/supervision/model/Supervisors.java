package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.tier.model.SupervisorRank;

/** Rank histories and candidates the supervisor rank tests decide on. */
final class Supervisors {

	static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

	static final SupervisorRankRules RULES = SupervisorRankRules.defaults();

	private Supervisors() {
	}

	static SupervisorCandidate candidate(LocalDate effectiveOn, CertificateLevel level, int years) {
		return new SupervisorCandidate(effectiveOn, Optional.ofNullable(level), years);
	}

	/** A 社会工作师 with plenty of years for any rank below 高级督导. */
	static SupervisorCandidate seasonedSocialWorker(LocalDate effectiveOn) {
		return candidate(effectiveOn, CertificateLevel.INTERMEDIATE, 9);
	}

	static SupervisorRankHistory neverRanked() {
		return SupervisorRankHistory.none("worker-1");
	}

	/** Holds {@code rank} since {@code since}, having climbed to it a year a step. */
	static SupervisorRankHistory holding(SupervisorRank rank, LocalDate since) {
		List<RankChange> changes = new ArrayList<>();
		for (SupervisorRank step : SupervisorRank.values()) {
			if (step.compareTo(rank) <= 0) {
				LocalDate on = since.minusYears(rank.ordinal() - step.ordinal());
				RankChange.Kind kind = (step == SupervisorRank.ASSISTANT_SUPERVISOR) ? RankChange.Kind.APPOINTED
						: RankChange.Kind.PROMOTED;
				changes.add(new RankChange(kind, Optional.of(step), on, "hr-1", "annual review"));
			}
		}
		return new SupervisorRankHistory("worker-1", changes);
	}

}
