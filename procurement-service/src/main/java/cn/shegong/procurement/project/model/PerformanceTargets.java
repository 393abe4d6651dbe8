package cn.shegong.procurement.project.model;

import java.util.Map;

import cn.shegong.platform.problem.ProblemException;

/**
 * What the contract promises, as the evaluation will measure it. Rates are basis points
 * (10000 = 100%). Defaults from the seed documents: coverage ≥ 80%, satisfaction ≥ 85%,
 * awareness ≥ 80%, response within 48 h, ≥ 5 community resources linked, ≥ 60% of service
 * hours in the community or in households; service volumes per kind (cases, groups,
 * activities …).
 */
public record PerformanceTargets(int coverageBp, int satisfactionBp, int awarenessBp, int responseHours,
		int resourcesLinked, int communityHoursShareBp, Map<String, Integer> serviceVolumes) {

	public PerformanceTargets {
		requireRate("coverage", coverageBp);
		requireRate("satisfaction", satisfactionBp);
		requireRate("awareness", awarenessBp);
		requireRate("community hours share", communityHoursShareBp);
		if (responseHours <= 0 || resourcesLinked < 0) {
			throw ProblemException.ruleViolated("invalid-performance-target",
					"Response time must be positive and resources linked not negative, got " + responseHours + " h and "
							+ resourcesLinked);
		}
		serviceVolumes.forEach((kind, volume) -> {
			if (volume == null || volume < 0) {
				throw ProblemException.ruleViolated("invalid-performance-target",
						"Service volume of " + kind + " must not be negative, got " + volume);
			}
		});
		serviceVolumes = Map.copyOf(serviceVolumes);
	}

	public static PerformanceTargets defaults(Map<String, Integer> serviceVolumes) {
		return new PerformanceTargets(8000, 8500, 8000, 48, 5, 6000, serviceVolumes);
	}

	private static void requireRate(String name, int basisPoints) {
		if (basisPoints < 0 || basisPoints > 10_000) {
			throw ProblemException.ruleViolated("invalid-performance-target",
					"The " + name + " target is a rate between 0% and 100%, got " + basisPoints / 100.0 + "%");
		}
	}

}
