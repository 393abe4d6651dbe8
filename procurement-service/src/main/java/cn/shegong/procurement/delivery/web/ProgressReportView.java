package cn.shegong.procurement.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import cn.shegong.procurement.delivery.model.ProgressReport;
import cn.shegong.procurement.delivery.model.ServiceVolume;
import cn.shegong.procurement.delivery.model.TargetCheck;
import cn.shegong.procurement.project.model.PerformanceTargets;

/** One progress report and how it compares with the contract's targets. */
record ProgressReportView(String reportId, String contractId, LocalDate periodFrom, LocalDate periodTo, int casesOpened,
		int casesClosed, int groups, int communityActivities, Map<String, Integer> beneficiariesByTargetGroup,
		int serviceHours, int communityHoursShareBp, int resourcesLinked, Instant submittedAt,
		TargetCheck againstTargets) {

	static ProgressReportView of(String contractId, ProgressReport report, PerformanceTargets targets) {
		ServiceVolume v = report.volume();
		return new ProgressReportView(report.reportId(), contractId, report.period().from(), report.period().to(),
				v.casesOpened(), v.casesClosed(), v.groups(), v.communityActivities(),
				new TreeMap<>(v.beneficiariesByTargetGroup()), v.serviceHours(), v.communityHoursShareBp(),
				v.resourcesLinked(), report.submittedAt(), TargetCheck.of(v, targets));
	}

}
