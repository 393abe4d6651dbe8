package cn.shegong.talent.supervision.model;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import cn.shegong.talent.certificate.model.CertificateLevel;
import cn.shegong.talent.tier.model.SupervisorRank;

/**
 * What each supervisor rank demands. Shenzhen publishes the ladder [LOC] but not a table
 * a platform can apply, so the defaults are [OURS] (see {@link #defaults()}); a city sets
 * its own under {@code shegong.talent.rules.supervisor-ranks}.
 */
public record SupervisorRankRules(Map<SupervisorRank, RankRequirement> requirements) {

	public SupervisorRankRules {
		requirements = Map.copyOf(requirements);
		for (SupervisorRank rank : SupervisorRank.values()) {
			if (!requirements.containsKey(rank)) {
				throw new IllegalArgumentException("supervisor rank rules need a requirement for " + rank);
			}
		}
		if (!requirements.get(SupervisorRank.ASSISTANT_SUPERVISOR).minimumTimeInPreviousRank().isZero()) {
			throw new IllegalArgumentException("督导助理 is the first rank; there is no previous rank to have served in");
		}
		refuseEasierHigherRanks(requirements);
	}

	/**
	 * [OURS], after Shenzhen practice, where supervisors are drawn from experienced
	 * 社会工作师: 督导助理 社会工作师 and 3 years; 见习督导 社会工作师, 4 years, 1 year as 督导助理; 初级督导 社会工作师, 5
	 * years, 1 year; 中级督导 社会工作师, 7 years, 2 years; 高级督导 高级社会工作师, 10 years, 2 years. Only
	 * the top rank asks for 高级社会工作师: so few hold it that asking it of 中级督导 would leave
	 * most agencies without one. One year in rank is one appraisal cycle; the upper ranks
	 * ask two.
	 */
	public static SupervisorRankRules defaults() {
		Map<SupervisorRank, RankRequirement> requirements = new EnumMap<>(SupervisorRank.class);
		requirements.put(SupervisorRank.ASSISTANT_SUPERVISOR,
				new RankRequirement(CertificateLevel.INTERMEDIATE, 3, Period.ZERO));
		requirements.put(SupervisorRank.TRAINEE_SUPERVISOR,
				new RankRequirement(CertificateLevel.INTERMEDIATE, 4, Period.ofYears(1)));
		requirements.put(SupervisorRank.JUNIOR_SUPERVISOR,
				new RankRequirement(CertificateLevel.INTERMEDIATE, 5, Period.ofYears(1)));
		requirements.put(SupervisorRank.INTERMEDIATE_SUPERVISOR,
				new RankRequirement(CertificateLevel.INTERMEDIATE, 7, Period.ofYears(2)));
		requirements.put(SupervisorRank.SENIOR_SUPERVISOR,
				new RankRequirement(CertificateLevel.SENIOR, 10, Period.ofYears(2)));
		return new SupervisorRankRules(requirements);
	}

	public RankRequirement requirementOf(SupervisorRank rank) {
		return this.requirements.get(rank);
	}

	/**
	 * A higher rank asking less than a lower one would let a worker qualify for the top
	 * but not the step below; a city's table with that slip is refused.
	 */
	private static void refuseEasierHigherRanks(Map<SupervisorRank, RankRequirement> requirements) {
		for (SupervisorRank rank : SupervisorRank.values()) {
			rank.next().ifPresent((higher) -> {
				if (!requirements.get(higher).asksAtLeast(requirements.get(rank))) {
					throw new IllegalArgumentException(
							higher + " must ask at least what " + rank + " asks on certificate level and years");
				}
			});
		}
	}

}
