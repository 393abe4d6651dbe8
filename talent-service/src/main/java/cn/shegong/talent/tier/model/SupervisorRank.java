package cn.shegong.talent.tier.model;

import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;

/**
 * A supervisor's rank (督导职级), lowest first [LOC Shenzhen]. Ranks are climbed one step at
 * a time: a 见习督导 does not become 中级督导 without being 初级督导 first.
 */
public enum SupervisorRank {

	ASSISTANT_SUPERVISOR("督导助理"), TRAINEE_SUPERVISOR("见习督导"), JUNIOR_SUPERVISOR("初级督导"),
	INTERMEDIATE_SUPERVISOR("中级督导"), SENIOR_SUPERVISOR("高级督导");

	private final String chineseName;

	SupervisorRank(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	public Optional<SupervisorRank> next() {
		return (this == SENIOR_SUPERVISOR) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/**
	 * Checks that a first appointment is to the lowest rank, and returns it: nobody
	 * starts as 见习督导 or higher.
	 */
	public static SupervisorRank appointFirst(SupervisorRank target) {
		if (target != ASSISTANT_SUPERVISOR) {
			throw ProblemException.ruleViolated("supervisor-rank-skipped", "A first appointment is to "
					+ ASSISTANT_SUPERVISOR.chineseName + " only, not to " + target.chineseName + ".", target);
		}
		return target;
	}

	/** The rank a promotion from this one leads to; refused from the top rank. */
	public SupervisorRank promoted() {
		return next().orElseThrow(() -> ProblemException.ruleViolated("supervisor-rank-at-top",
				"高级督导 is the highest supervisor rank; there is no promotion from it."));
	}

	/** Checks that moving to the target is one step up, and returns it. */
	public SupervisorRank promoteTo(SupervisorRank target) {
		if (target != promoted()) {
			throw ProblemException.ruleViolated("supervisor-rank-skipped", "A " + this.chineseName + " is promoted to "
					+ promoted().chineseName + " only, not to " + target.chineseName + ".", this, target);
		}
		return target;
	}

}
