package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.tier.model.SupervisorRank;

/**
 * What a worker needs to be appointed to one supervisor rank: all three at once, judged
 * on the day the appointment takes effect.
 *
 * @param minimumLevel the least certificate level held with a registration valid that day
 * @param minimumYearsOfService completed years of social-work service
 * @param minimumTimeInPreviousRank how long the worker must have held the rank below;
 * zero for the first rank, which has none below it
 */
public record RankRequirement(CertificateLevel minimumLevel, int minimumYearsOfService,
		Period minimumTimeInPreviousRank) {

	public RankRequirement {
		if (minimumLevel == null || minimumTimeInPreviousRank == null) {
			throw new IllegalArgumentException("a supervisor rank requirement needs a level and a time in rank");
		}
		if (minimumYearsOfService < 0 || minimumTimeInPreviousRank.isNegative()) {
			throw new IllegalArgumentException("a supervisor rank requirement cannot ask for negative years, was "
					+ minimumYearsOfService + " and " + minimumTimeInPreviousRank);
		}
	}

	/** Refuses the candidate on the first condition missed, naming it and its numbers. */
	void checkMetBy(SupervisorCandidate candidate, SupervisorRank rank) {
		if (!holdsAtLeast(candidate.levelOnEffectiveDay())) {
			throw ProblemException.ruleViolated("supervisor-rank-certificate-level-too-low",
					"%s needs %s or higher registered on %s; the worker holds %s then.".formatted(rank.chineseName(),
							this.minimumLevel.title(), candidate.effectiveOn(), title(candidate.levelOnEffectiveDay())),
					rank, this.minimumLevel, candidate.effectiveOn());
		}
		if (candidate.yearsOfService() < this.minimumYearsOfService) {
			throw ProblemException.ruleViolated("supervisor-rank-too-few-years-of-service",
					"%s needs %d years of service; the worker has %d.".formatted(rank.chineseName(),
							this.minimumYearsOfService, candidate.yearsOfService()),
					rank, this.minimumYearsOfService, candidate.yearsOfService());
		}
	}

	/** Refuses a promotion that comes before the worker has served long enough below. */
	void checkTimeInRank(SupervisorRank previous, LocalDate heldSince, LocalDate effectiveOn) {
		LocalDate earliest = heldSince.plus(this.minimumTimeInPreviousRank);
		if (effectiveOn.isBefore(earliest)) {
			throw ProblemException.ruleViolated("supervisor-rank-time-in-rank-too-short",
					"A promotion from %s needs %s in that rank: held since %s, so %s at the earliest, not %s."
						.formatted(previous.chineseName(), this.minimumTimeInPreviousRank, heldSince, earliest,
								effectiveOn),
					previous, this.minimumTimeInPreviousRank, heldSince, earliest, effectiveOn);
		}
	}

	/** Whether this requirement asks at least as much as the other on level and years. */
	boolean asksAtLeast(RankRequirement other) {
		return this.minimumLevel.compareTo(other.minimumLevel) >= 0
				&& this.minimumYearsOfService >= other.minimumYearsOfService;
	}

	private boolean holdsAtLeast(Optional<CertificateLevel> held) {
		return held.filter((level) -> level.compareTo(this.minimumLevel) >= 0).isPresent();
	}

	private static String title(Optional<CertificateLevel> level) {
		return level.map(CertificateLevel::title).orElse("no registered certificate (无有效登记证书)");
	}

}
