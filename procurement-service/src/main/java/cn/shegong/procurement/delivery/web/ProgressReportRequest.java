package cn.shegong.procurement.delivery.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import cn.shegong.procurement.delivery.model.ReportingPeriod;
import cn.shegong.procurement.delivery.model.ServiceVolume;

/**
 * A progress report as an agency submits it. Every figure is required; what a figure may
 * be (not negative, a share of at most 10000 basis points, a period inside the term) is
 * the domain's rule, refused with its own slug.
 */
record ProgressReportRequest(@NotNull LocalDate periodFrom, @NotNull LocalDate periodTo, @NotNull Integer casesOpened,
		@NotNull Integer casesClosed, @NotNull Integer groups, @NotNull Integer communityActivities,
		@NotNull Map<String, Integer> beneficiariesByTargetGroup, @NotNull Integer serviceHours,
		@NotNull Integer communityHoursShareBp, @NotNull Integer resourcesLinked) {

	ReportingPeriod period() {
		return new ReportingPeriod(this.periodFrom, this.periodTo);
	}

	ServiceVolume volume() {
		return new ServiceVolume(this.casesOpened, this.casesClosed, this.groups, this.communityActivities,
				this.beneficiariesByTargetGroup, this.serviceHours, this.communityHoursShareBp, this.resourcesLinked);
	}

}
