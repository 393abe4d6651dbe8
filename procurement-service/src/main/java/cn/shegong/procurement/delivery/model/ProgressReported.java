package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * An agency reported service volume for a period. The data of
 * {@code procurement.ProgressReported} v1: counts only, no personal information.
 */
public record ProgressReported(String reportId, String contractId, String agencyId, LocalDate periodFrom,
		LocalDate periodTo, int casesOpened, int casesClosed, int groups, int communityActivities,
		Map<String, Integer> beneficiariesByTargetGroup, int serviceHours, int communityHoursShareBp,
		int resourcesLinked) {

}
