package cn.shegong.evaluation.evaluation.model;

import cn.shegong.evaluation.scheme.model.SchemeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.platform.test.WorkingDayCalendars;

/** Evaluations of a township station project at each step of their lifecycle. */
final class Evaluations {

	static final String AGENCY = "agency-maqiao";

	static final LocalDate PLANNED_FOR = LocalDate.of(2026, 9, 1);

	static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 9, 2);

	/** A Monday without holidays nearby. */
	static final LocalDate GRADED_ON = LocalDate.of(2026, 9, 14);

	static final EvaluationRules RULES = EvaluationRules.defaults();

	static final WorkingDayCalendar CALENDAR = WorkingDayCalendars.nationalDay2026TestData();

	private Evaluations() {
	}

	static EvaluationSubject subject() {
		return new EvaluationSubject("contract-1", "project-station-1", AGENCY, "440800", "milestone-final");
	}

	static Evaluation planned() {
		return Evaluation
			.plan("eval-1", subject(), EvaluationKind.FINAL, new SchemeRef("township-station", 2), PLANNED_FOR)
			.evaluation();
	}

	static Evaluation assigned() {
		return planned()
			.assign(List.of(Evaluators.clean("ev-1"), Evaluators.clean("ev-2")), ConflictOfInterest.of(RULES),
					ASSIGNED_ON)
			.evaluation();
	}

	static Evaluation selfAssessed() {
		SelfAssessment assessment = new SelfAssessment(AGENCY,
				Map.of("SERVICE_VOLUME", new SelfAssessment.Entry("120 cases opened", List.of("evidence-7"))),
				LocalDate.of(2026, 9, 5));
		return assigned().submitSelfAssessment(assessment).evaluation();
	}

	static ScoreSheet sheetOf(String evaluatorId, String score) {
		return new ScoreSheet(evaluatorId,
				Map.of("SERVICE_VOLUME", new ScoreSheet.LeafScore(new BigDecimal(score), List.of("evidence-7"), "ok")),
				LocalDate.of(2026, 9, 10));
	}

	static Evaluation scoredByBoth() {
		return selfAssessed().submitScoreSheet(sheetOf("ev-1", "8.50"))
			.evaluation()
			.submitScoreSheet(sheetOf("ev-2", "9.00"))
			.evaluation();
	}

	static Evaluation provisional(ConsolidatedResult result, LocalDate gradedOn) {
		return scoredByBoth().consolidate(result, gradedOn)
			.evaluation()
			.gradeProvisionally(gradedOn, CALENDAR, RULES)
			.evaluation();
	}

	static Evaluation provisional() {
		return provisional(Results.good(), GRADED_ON);
	}

	/** Final without a reply, the day after the window closed. */
	static Evaluation finalOf(ConsolidatedResult result) {
		Evaluation graded = provisional(result, GRADED_ON);
		return graded.finalizeGrade(graded.grading().replyDeadline().plusDays(1), RULES).evaluation();
	}

}
