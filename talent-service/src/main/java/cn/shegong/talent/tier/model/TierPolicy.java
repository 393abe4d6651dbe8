package cn.shegong.talent.tier.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.appraisal.model.AppraisalGrade;
import cn.shegong.talent.certificate.model.CertificateLevel;

/**
 * What each tier above the first demands. Tier 1 is where every worker starts, certified
 * or not. A review promotes at most one tier, so that each step is earned by its own
 * appraisal [OURS].
 */
public record TierPolicy(Map<Tier, TierRequirement> requirements) {

	public TierPolicy {
		requirements = Map.copyOf(requirements);
		for (Tier tier : List.of(Tier.TWO, Tier.THREE, Tier.FOUR)) {
			if (!requirements.containsKey(tier)) {
				throw new IllegalArgumentException("a tier policy needs a requirement for " + tier);
			}
		}
		if (requirements.containsKey(Tier.ONE)) {
			throw new IllegalArgumentException("tier 1 is where every worker starts; it has no requirement");
		}
		refuseEasierHigherTiers(requirements);
	}

	/**
	 * Rugao publishes the four tiers and their allowances [SEED 004] but not what each
	 * demands; these steps are [OURS]: tier 2 助理社会工作师, 2 years, last grade 合格; tier 3
	 * 社会工作师, 4 years, 良好; tier 4 社会工作师, 6 years, 优秀.
	 */
	public static TierPolicy defaults() {
		Map<Tier, TierRequirement> requirements = new EnumMap<>(Tier.class);
		requirements.put(Tier.TWO,
				new TierRequirement(Optional.of(CertificateLevel.ASSISTANT), 2, AppraisalGrade.PASS));
		requirements.put(Tier.THREE,
				new TierRequirement(Optional.of(CertificateLevel.INTERMEDIATE), 4, AppraisalGrade.GOOD));
		requirements.put(Tier.FOUR,
				new TierRequirement(Optional.of(CertificateLevel.INTERMEDIATE), 6, AppraisalGrade.EXCELLENT));
		return new TierPolicy(requirements);
	}

	/**
	 * A higher tier asking less than a lower one on any condition would let a worker
	 * qualify for tier 4 but not tier 3; a city's table with that slip is refused.
	 */
	private static void refuseEasierHigherTiers(Map<Tier, TierRequirement> requirements) {
		for (Tier tier : List.of(Tier.TWO, Tier.THREE)) {
			Tier higher = tier.next().orElseThrow();
			if (!requirements.get(higher).asksAtLeast(requirements.get(tier))) {
				throw ProblemException.ruleViolated("tier-requirements-decrease",
						higher + " must ask at least what " + tier + " asks on level, years and grade.", higher, tier);
			}
		}
	}

	/**
	 * Promotes the worker one tier if the next tier's requirement holds, and otherwise
	 * says which conditions do not. Never demotes: losing a tier is an HR decision.
	 */
	public TierDecision review(WorkerStanding worker) {
		return worker.tier().next().map((next) -> {
			List<Holdback> holdbacks = this.requirements.get(next).holdbacksFor(worker, next);
			Tier to = holdbacks.isEmpty() ? next : worker.tier();
			return new TierDecision(worker.workerId(), worker.tier(), to, holdbacks);
		}).orElseGet(() -> new TierDecision(worker.workerId(), worker.tier(), worker.tier(), List.of()));
	}

	/**
	 * The highest tier a worker qualifies for outright, for placing a worker first
	 * recorded (a new hire with years elsewhere, or a bulk import).
	 */
	public Tier placementFor(WorkerStanding worker) {
		Tier placed = Tier.ONE;
		for (Tier next = placed.next().orElse(null); next != null; next = next.next().orElse(null)) {
			if (!this.requirements.get(next).holdbacksFor(worker, next).isEmpty()) {
				break;
			}
			placed = next;
		}
		return placed;
	}

}
