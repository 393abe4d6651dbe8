package cn.shegong.procurement.delivery.model;

import java.util.Map;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * What an agency delivered in a reporting period [DOMAIN §4, SEED 002]: cases (个案) opened
 * and closed, groups (小组), community activities (社区活动), beneficiaries by target group,
 * service hours and the share of them spent in the community or in households (in basis
 * points), and community resources linked. Nothing is negative, and a share is at most
 * 100%.
 */
public record ServiceVolume(int casesOpened, int casesClosed, int groups, int communityActivities,
		Map<String, Integer> beneficiariesByTargetGroup, int serviceHours, int communityHoursShareBp,
		int resourcesLinked) {

	private static final int WHOLE = 10_000;

	public ServiceVolume {
		requireNotNegative("casesOpened", casesOpened);
		requireNotNegative("casesClosed", casesClosed);
		requireNotNegative("groups", groups);
		requireNotNegative("communityActivities", communityActivities);
		requireNotNegative("serviceHours", serviceHours);
		requireNotNegative("communityHoursShareBp", communityHoursShareBp);
		requireNotNegative("resourcesLinked", resourcesLinked);
		Objects.requireNonNull(beneficiariesByTargetGroup, "beneficiariesByTargetGroup");
		beneficiariesByTargetGroup.forEach((group, count) -> {
			if (group == null || group.isBlank()) {
				throw ProblemException.ruleViolated("beneficiary-group-unnamed",
						"beneficiaries are counted by a named target group, got a blank one");
			}
			if (count == null) {
				throw ProblemException.ruleViolated("progress-figure-negative",
						"beneficiaries of %s must be a count of zero or more, got none".formatted(group), group);
			}
			requireNotNegative("beneficiariesByTargetGroup." + group, count);
		});
		beneficiariesByTargetGroup = Map.copyOf(beneficiariesByTargetGroup);
		if (communityHoursShareBp > WHOLE) {
			throw ProblemException.ruleViolated("community-share-above-100-percent",
					"the community and household share of service hours is at most 100%%, got %s basis points"
						.formatted(communityHoursShareBp),
					communityHoursShareBp);
		}
	}

	private static void requireNotNegative(String figure, int value) {
		if (value < 0) {
			throw ProblemException.ruleViolated("progress-figure-negative",
					"%s must be a count of zero or more, got %d".formatted(figure, value), figure, value);
		}
	}

}
