package cn.shegong.evaluation.evaluation.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.shegong.evaluation.evaluation.model.Evaluation;

/**
 * A final result not published yet and the day it is due.
 *
 * @param daysOverdue days past the due day, 0 while not overdue
 */
record PublicationDueView(String evaluationId, String contractId, String projectId, String agencyId, String regionCode,
		String kind, String score, String grade, LocalDate finalOn, LocalDate publicationDue, boolean overdue,
		long daysOverdue) {

	static PublicationDueView of(Evaluation e, LocalDate today) {
		boolean overdue = e.grading().isPublicationOverdueOn(today);
		return new PublicationDueView(e.id(), e.subject().contractId(), e.subject().projectId(), e.subject().agencyId(),
				e.subject().regionCode(), e.kind().name(), e.grading().result().score().toPlainString(),
				e.grading().result().grade(), e.grading().finalOn(), e.grading().publicationDue(), overdue,
				overdue ? ChronoUnit.DAYS.between(e.grading().publicationDue(), today) : 0);
	}

}
