package cn.shegong.evaluation.evaluation.model;

import cn.shegong.evaluation.scheme.model.SchemeRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationConsolidated;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationFinalized;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationGraded;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationPublished;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluationScheduled;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.EvaluatorsAssigned;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.RectificationRequired;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.ReplyAnswered;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.ReplyFiled;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.ScoreSheetSubmitted;
import cn.shegong.evaluation.evaluation.model.EvaluationFact.SelfAssessmentSubmitted;

import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.ASSIGNED;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.CONSOLIDATED;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.FINAL;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.PLANNED;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.PROVISIONAL;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.PUBLISHED;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.RECTIFICATION_REQUIRED;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.SCORING;
import static cn.shegong.evaluation.evaluation.model.EvaluationStatus.SELF_ASSESSMENT_SUBMITTED;

/**
 * 评估: one evaluation of a contract's project, from planning to publication [DOMAIN §6].
 * Immutable: every command returns the next evaluation and the facts it caused, and
 * refuses a command the current status does not allow. Once the grade is final nothing in
 * it changes; a correction is a new {@link EvaluationKind#RE_EVALUATION}.
 *
 * @param correction what a re-evaluation corrects, {@code null} for the other kinds
 * @param panel {@code null} until evaluators are assigned
 * @param selfAssessment {@code null} until the agency submits it
 * @param grading {@code null} until the provisional grade
 */
public record Evaluation(String id, EvaluationSubject subject, EvaluationKind kind, Correction correction,
		SchemeRef scheme, EvaluationStatus status, LocalDate plannedFor, EvaluatorPanel panel,
		SelfAssessment selfAssessment, ScoreSheets sheets, ConsolidatedResult consolidated, Grading grading) {

	public Evaluation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(scheme, "scheme");
		if ((kind == EvaluationKind.RE_EVALUATION) != (correction != null)) {
			throw Refusal.rule("re-evaluation-needs-the-evaluation-it-corrects",
					"A %s evaluation %s a correction of an earlier evaluation", kind,
					(correction != null) ? "cannot carry" : "must name");
		}
	}

	/**
	 * Plans a mid-term, final or spot-check evaluation with the scheme version it will
	 * keep.
	 */
	public static EvaluationStep plan(String id, EvaluationSubject subject, EvaluationKind kind, SchemeRef scheme,
			LocalDate plannedFor) {
		return planned(new Evaluation(id, subject, kind, null, scheme, PLANNED, plannedFor, null, null,
				ScoreSheets.none(), null, null));
	}

	/**
	 * Plans a re-evaluation of a final evaluation, e.g. after rectification. It keeps the
	 * corrected evaluation's scheme version so the two scores compare.
	 */
	public static EvaluationStep planReEvaluation(String id, Evaluation corrected, String reason,
			LocalDate plannedFor) {
		if (!corrected.status().isGradeFinal()) {
			throw Refusal.conflict("only-final-evaluations-are-re-evaluated",
					"Evaluation %s is %s; only a final grade is corrected by re-evaluation, a provisional one by its reply",
					corrected.id(), corrected.status());
		}
		Correction correction = new Correction(corrected.id(), reason);
		return planned(new Evaluation(id, corrected.subject(), EvaluationKind.RE_EVALUATION, correction,
				corrected.scheme(), PLANNED, plannedFor, null, null, ScoreSheets.none(), null, null));
	}

	private static EvaluationStep planned(Evaluation e) {
		return EvaluationStep.of(e,
				new EvaluationScheduled(e.id(), e.kind(), e.subject(), e.scheme(), e.plannedFor(), e.correction()));
	}

	public EvaluationStep assign(List<EvaluatorCandidate> candidates, ConflictOfInterest conflicts, LocalDate on) {
		requireStatus("assign evaluators", PLANNED);
		EvaluatorPanel assigned = EvaluatorPanel.assign(candidates, this.subject.agencyId(), conflicts, on);
		return EvaluationStep.of(next(ASSIGNED, assigned, this.selfAssessment, this.sheets, null, null),
				new EvaluatorsAssigned(this.id, assigned.evaluatorIds(), on));
	}

	public EvaluationStep submitSelfAssessment(SelfAssessment assessment) {
		requireStatus("submit the self-assessment", ASSIGNED);
		if (!assessment.agencyId().equals(this.subject.agencyId())) {
			throw Refusal.forbidden("self-assessment-by-another-agency",
					"Agency %s cannot self-assess an evaluation of agency %s", assessment.agencyId(),
					this.subject.agencyId());
		}
		return EvaluationStep.of(next(SELF_ASSESSMENT_SUBMITTED, this.panel, assessment, this.sheets, null, null),
				new SelfAssessmentSubmitted(this.id, assessment.entries().keySet(), assessment.submittedOn()));
	}

	/**
	 * A second sheet of the same evaluator before consolidation is a correction: it
	 * replaces the first.
	 */
	public EvaluationStep submitScoreSheet(ScoreSheet sheet) {
		requireStatus("submit a score sheet", SELF_ASSESSMENT_SUBMITTED, SCORING);
		if (!this.panel.includes(sheet.evaluatorId())) {
			throw Refusal.forbidden("evaluator-not-assigned",
					"Evaluator %s is not assigned to evaluation %s; the panel is %s", sheet.evaluatorId(), this.id,
					this.panel.evaluatorIds());
		}
		boolean replaces = this.sheets.hasSheetOf(sheet.evaluatorId());
		return EvaluationStep.of(next(SCORING, this.panel, this.selfAssessment, this.sheets.with(sheet), null, null),
				new ScoreSheetSubmitted(this.id, sheet.evaluatorId(), replaces, sheet.submittedOn()));
	}

	/**
	 * Takes the scheme's consolidation of the sheets once every assigned evaluator has
	 * submitted.
	 */
	public EvaluationStep consolidate(ConsolidatedResult result, LocalDate on) {
		requireStatus("consolidate", SCORING);
		List<String> missing = this.sheets.missingFrom(this.panel);
		if (!missing.isEmpty()) {
			throw Refusal.conflict("score-sheets-missing", "%d of %d evaluators have not submitted: %s", missing.size(),
					this.panel.evaluatorIds().size(), missing);
		}
		return EvaluationStep.of(next(CONSOLIDATED, this.panel, this.selfAssessment, this.sheets, result, null),
				new EvaluationConsolidated(this.id, result, on));
	}

	/** The provisional grade (初评结果) opens the reply window. */
	public EvaluationStep gradeProvisionally(LocalDate on, WorkingDayCalendar calendar, EvaluationRules rules) {
		requireStatus("grade provisionally", CONSOLIDATED);
		Grading grading = Grading.provisional(this.consolidated, on, calendar, rules);
		return EvaluationStep.of(withGrading(PROVISIONAL, grading),
				new EvaluationGraded(this.id, this.subject.agencyId(), this.consolidated, on, grading.replyDeadline()));
	}

	public EvaluationStep fileReply(String agencyId, String text, List<String> evidenceRefs, LocalDate on) {
		requireStatus("file a reply", PROVISIONAL);
		if (!agencyId.equals(this.subject.agencyId())) {
			throw Refusal.forbidden("reply-by-another-agency", "Agency %s cannot reply to the grade of agency %s",
					agencyId, this.subject.agencyId());
		}
		return EvaluationStep.of(withGrading(PROVISIONAL, this.grading.withReply(text, evidenceRefs, on)),
				new ReplyFiled(this.id, agencyId, on));
	}

	/**
	 * Pass the provisional result to uphold it, or a revised one: the grade is not final
	 * yet.
	 */
	public EvaluationStep answerReply(String answer, ConsolidatedResult resultAfterReply, LocalDate on) {
		requireStatus("answer the reply", PROVISIONAL);
		Grading answered = this.grading.withAnswer(answer, resultAfterReply, on);
		return EvaluationStep.of(withGrading(PROVISIONAL, answered),
				new ReplyAnswered(this.id, resultAfterReply, answered.reply().answer().gradeRevised(), on));
	}

	/** Makes the grade final; a failing grade also requires rectification. */
	public EvaluationStep finalizeGrade(LocalDate on, EvaluationRules rules) {
		requireStatus("make the grade final", PROVISIONAL);
		Grading done = this.grading.finalizedOn(on, rules);
		EvaluationFinalized finalized = new EvaluationFinalized(this.id, this.kind, this.subject, done.result(), on,
				done.publicationDue());
		if (!done.result().failed()) {
			return EvaluationStep.of(withGrading(FINAL, done), finalized);
		}
		return EvaluationStep.of(withGrading(RECTIFICATION_REQUIRED, done), finalized, new RectificationRequired(
				this.id, this.subject.agencyId(), this.subject.projectId(), done.result().grade(), on));
	}

	/** Records publication (信息公开); a failing result stays open for rectification. */
	public EvaluationStep publish(LocalDate on) {
		requireStatus("publish", FINAL, RECTIFICATION_REQUIRED);
		Grading published = this.grading.publishedOn(on);
		EvaluationStatus after = (this.status == FINAL) ? PUBLISHED : RECTIFICATION_REQUIRED;
		return EvaluationStep.of(withGrading(after, published),
				new EvaluationPublished(this.id, on, this.grading.isPublicationOverdueOn(on)));
	}

	/**
	 * Ties a final evaluation planned before its contract named a final milestone to the
	 * milestone announced since, so that its result reaches that milestone's payment;
	 * announced again as scheduled.
	 */
	public EvaluationStep tieToFinalMilestone(String milestoneId) {
		requireStatus("tie to the final milestone", PLANNED);
		if (this.kind != EvaluationKind.FINAL || this.subject.milestoneId() != null) {
			throw Refusal.conflict("evaluation-already-tied-to-a-milestone",
					"Evaluation %s (%s) is tied to milestone %s already", this.id, this.kind,
					this.subject.milestoneId());
		}
		EvaluationSubject s = this.subject;
		return planned(new Evaluation(this.id,
				new EvaluationSubject(s.contractId(), s.projectId(), s.agencyId(), s.regionCode(), milestoneId),
				this.kind, this.correction, this.scheme, PLANNED, this.plannedFor, null, null, ScoreSheets.none(), null,
				null));
	}

	private void requireStatus(String action, EvaluationStatus... allowed) {
		if (!List.of(allowed).contains(this.status)) {
			throw Refusal.wrongStatus(action, this.status, allowed);
		}
	}

	private Evaluation next(EvaluationStatus status, EvaluatorPanel panel, SelfAssessment assessment,
			ScoreSheets sheets, ConsolidatedResult result, Grading grading) {
		return new Evaluation(this.id, this.subject, this.kind, this.correction, this.scheme, status, this.plannedFor,
				panel, assessment, sheets, result, grading);
	}

	private Evaluation withGrading(EvaluationStatus status, Grading grading) {
		return next(status, this.panel, this.selfAssessment, this.sheets, this.consolidated, grading);
	}

}
