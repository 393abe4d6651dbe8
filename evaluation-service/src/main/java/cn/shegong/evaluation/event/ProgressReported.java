package cn.shegong.evaluation.event;

import java.time.LocalDate;
import java.util.Map;

/**
 * Evaluation's own copy of {@code procurement.ProgressReported} v1: the service volume an
 * agency reported for one period of its contract.
 */
public record ProgressReported(String reportId, String contractId, String agencyId, LocalDate periodFrom,
		LocalDate periodTo, long casesOpened, long casesClosed, long groups, long communityActivities,
		Map<String, Long> beneficiariesByTargetGroup, long serviceHours, int communityHoursShareBp,
		long resourcesLinked) {

	public ProgressReported {
		beneficiariesByTargetGroup = (beneficiariesByTargetGroup != null) ? Map.copyOf(beneficiariesByTargetGroup)
				: Map.of();
	}

	/** Beneficiaries served across every target group. */
	public long beneficiaries() {
		return this.beneficiariesByTargetGroup.values().stream().mapToLong(Long::longValue).sum();
	}

}
