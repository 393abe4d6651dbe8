package cn.shegong.procurement.delivery.web;

import java.util.List;

import cn.shegong.procurement.delivery.application.ProgressReporting.Reports;
import cn.shegong.procurement.delivery.model.ProgressSummary;
import cn.shegong.procurement.project.model.PerformanceTargets;

/** A contract's reports, earliest period first, and their sum against the targets. */
record ProgressReportsView(String contractId, List<ProgressReportView> reports, ProgressSummary summary) {

	static ProgressReportsView of(Reports reports) {
		String contractId = reports.contract().id();
		PerformanceTargets targets = reports.contract().terms().targets();
		return new ProgressReportsView(contractId,
				reports.log().reports().stream().map((r) -> ProgressReportView.of(contractId, r, targets)).toList(),
				ProgressSummary.of(reports.log().reports(), targets));
	}

}
