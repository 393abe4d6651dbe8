package cn.shegong.procurement.delivery.model;

import cn.shegong.procurement.project.model.PerformanceTargets;

/**
 * How one report compares with the contract's targets for a period: the share of service
 * hours spent in the community or in households (≥ 60% by default [LOC Guangzhou]) and
 * the community resources linked (≥ 5 [SEED 002]). A report below target is accepted and
 * shown as below, never refused: the evaluation weighs it.
 */
public record TargetCheck(int communityHoursShareBp, int communityHoursShareTargetBp, boolean communityHoursShareMet,
		int resourcesLinked, int resourcesLinkedTarget, boolean resourcesLinkedMet) {

	public static TargetCheck of(ServiceVolume volume, PerformanceTargets targets) {
		return new TargetCheck(volume.communityHoursShareBp(), targets.communityHoursShareBp(),
				volume.communityHoursShareBp() >= targets.communityHoursShareBp(), volume.resourcesLinked(),
				targets.resourcesLinked(), volume.resourcesLinked() >= targets.resourcesLinked());
	}

}
