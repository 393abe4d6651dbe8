package cn.shegong.evaluation.evaluation.model;

import java.util.List;

/**
 * 年度抽查: the record of one annual spot-check draw, complete enough to re-run it. Only
 * projects running longer than the minimum term are candidates; at least the configured
 * share of them, rounded up, is chosen [LOC Shenzhen].
 *
 * @param seed the seed used; by default derived from year and region so it needs no
 * storage to be checked, but any recorded seed re-runs the same way
 * @param eligibleProjectIds the sorted candidate list the draw ran on
 */
public record SpotCheckSelection(int year, String regionCode, long seed, int shareBasisPoints,
		List<String> eligibleProjectIds, List<String> chosenProjectIds) {

	public SpotCheckSelection {
		eligibleProjectIds = List.copyOf(eligibleProjectIds);
		chosenProjectIds = List.copyOf(chosenProjectIds);
	}

	/** The seed a year's draw for a region uses unless another is recorded. */
	public static long seedFor(int year, String regionCode) {
		return SeededSample.seedOf("spot-check|" + year + "|" + regionCode);
	}

	/** Draws with the seed derived from year and region. */
	public static SpotCheckSelection draw(int year, String regionCode, List<SpotCheckCandidate> projects,
			EvaluationRules rules) {
		return draw(year, regionCode, projects, rules, seedFor(year, regionCode));
	}

	public static SpotCheckSelection draw(int year, String regionCode, List<SpotCheckCandidate> projects,
			EvaluationRules rules, long seed) {
		List<String> eligible = projects.stream()
			.filter((p) -> p.runsLongerThan(rules.spotCheckMinimumTerm()))
			.map(SpotCheckCandidate::projectId)
			.sorted()
			.distinct()
			.toList();
		int size = SeededSample.shareRoundedUp(eligible.size(), rules.spotCheckShareBasisPoints());
		return new SpotCheckSelection(year, regionCode, seed, rules.spotCheckShareBasisPoints(), eligible,
				SeededSample.draw(eligible, size, seed));
	}

	/** Whether re-running the recorded draw gives the recorded choice. */
	public boolean isReproducible() {
		int size = SeededSample.shareRoundedUp(this.eligibleProjectIds.size(), this.shareBasisPoints);
		return SeededSample.draw(this.eligibleProjectIds, size, this.seed).equals(this.chosenProjectIds);
	}

}
