package cn.shegong.procurement.delivery.model;

import java.util.List;

import cn.shegong.procurement.project.model.PerformanceTargets;

/**
 * A contract's reports so far, added up and set against its targets: the community and
 * household share is weighted by each period's service hours, and resources linked are
 * counted over all periods. Below target is shown, never refused.
 */
public record ProgressSummary(int reports, long casesOpened, long casesClosed, long groups, long communityActivities,
		long serviceHours, int communityHoursShareBp, boolean communityHoursShareMet, long resourcesLinked,
		boolean resourcesLinkedMet) {

	public static ProgressSummary of(List<ProgressReport> reports, PerformanceTargets targets) {
		List<ServiceVolume> volumes = reports.stream().map(ProgressReport::volume).toList();
		long hours = volumes.stream().mapToLong(ServiceVolume::serviceHours).sum();
		long communityHourBasisPoints = volumes.stream()
			.mapToLong((v) -> (long) v.serviceHours() * v.communityHoursShareBp())
			.sum();
		int share = (hours == 0) ? 0 : (int) (communityHourBasisPoints / hours);
		long resources = volumes.stream().mapToLong(ServiceVolume::resourcesLinked).sum();
		return new ProgressSummary(reports.size(), volumes.stream().mapToLong(ServiceVolume::casesOpened).sum(),
				volumes.stream().mapToLong(ServiceVolume::casesClosed).sum(),
				volumes.stream().mapToLong(ServiceVolume::groups).sum(),
				volumes.stream().mapToLong(ServiceVolume::communityActivities).sum(), hours, share,
				hours > 0 && share >= targets.communityHoursShareBp(), resources,
				resources >= targets.resourcesLinked());
	}

}
