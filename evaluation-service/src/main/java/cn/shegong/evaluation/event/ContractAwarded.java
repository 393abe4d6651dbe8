package cn.shegong.evaluation.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Evaluation's own copy of the fields it reads from {@code procurement.ContractAwarded}
 * v1: whose contract it is, where and when it runs, the milestones to evaluate at, the
 * team it demands and the targets the agency promised. Other fields (the price) are
 * ignored, so procurement may add fields without breaking evaluation.
 */
public record ContractAwarded(String contractId, String projectId, String tenderId, String agencyId, String regionCode,
		LocalDate termFrom, LocalDate termTo, List<Milestone> milestones, Staffing staffingRequirement,
		Map<String, Object> targets) {

	public ContractAwarded {
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		targets = (targets != null) ? java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets))
				: Map.of();
	}

	public record Milestone(String milestoneId, String type, LocalDate dueOn) {
	}

	/** As procurement writes it: the certified ratio as numerator and denominator. */
	public record Staffing(int minimumStaff, int minimumCertified, int certifiedRatioNumerator,
			int certifiedRatioDenominator, int workersPerSupervisor) {
	}

}
