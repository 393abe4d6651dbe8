package cn.shegong.procurement.delivery.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An agency's account of one period of service under a contract (进度报告).
 *
 * @param submittedBy the agency staff member who submitted it (username, kept inside the
 * service)
 */
public record ProgressReport(String reportId, ReportingPeriod period, ServiceVolume volume, String submittedBy,
		Instant submittedAt) {

	public ProgressReport {
		if (reportId == null || reportId.isBlank()) {
			throw new IllegalArgumentException("a progress report has an id");
		}
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(volume, "volume");
		Objects.requireNonNull(submittedBy, "submittedBy");
		Objects.requireNonNull(submittedAt, "submittedAt");
	}

	ProgressReported reportedEvent(String contractId, String agencyId) {
		ServiceVolume v = this.volume;
		return new ProgressReported(this.reportId, contractId, agencyId, this.period.from(), this.period.to(),
				v.casesOpened(), v.casesClosed(), v.groups(), v.communityActivities(), v.beneficiariesByTargetGroup(),
				v.serviceHours(), v.communityHoursShareBp(), v.resourcesLinked());
	}

}
