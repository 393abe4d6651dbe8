package cn.shegong.evaluation.rectification.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.evaluation.rectification.model.Rectification;
import cn.shegong.evaluation.rectification.model.RectificationEntry;
import cn.shegong.evaluation.rectification.model.RectificationReport;

/**
 * A rectification as its readers see it.
 *
 * @param overdue whether a report is owed and its deadline has passed
 * @param reEvaluationRequired whether a re-evaluation follows the verification
 */
record RectificationView(String evaluationId, String contractId, String milestoneId, String projectId, String agencyId,
		String regionCode, String grade, boolean reEvaluationRequired, String status, LocalDate openedOn,
		LocalDate deadline, boolean overdue, RectificationReport report, List<RectificationEntry> history,
		LocalDate verifiedOn) {

	static RectificationView of(Rectification r, LocalDate today) {
		var s = r.subject();
		return new RectificationView(s.evaluationId(), s.contractId(), s.milestoneId(), s.projectId(), s.agencyId(),
				s.regionCode(), s.grade(), "FAIL".equals(s.grade()), r.status().name(), r.openedOn(), r.deadline(),
				r.isOverdueOn(today), r.report(), r.history(), r.verifiedOn());
	}

}
