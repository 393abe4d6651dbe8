package cn.shegong.evaluation.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.shegong.evaluation.evaluation.application.AutomaticIndicator;
import cn.shegong.evaluation.evaluation.application.DimensionScore;
import cn.shegong.evaluation.evaluation.application.EvaluationAccess;
import cn.shegong.evaluation.evaluation.application.EvaluationFile;
import cn.shegong.evaluation.evaluation.application.Publication;
import cn.shegong.evaluation.evaluation.application.ReplyRevision;
import cn.shegong.evaluation.evaluation.application.RoleResult;
import cn.shegong.evaluation.evaluation.application.RoleSheets;
import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.Grading;
import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.evaluation.model.SelfAssessment;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.platform.security.Caller;

/**
 * An evaluation as its readers see it. The agency sees neither the panel nor the sheets;
 * an evaluator sees only their own sheet.
 *
 * @param automaticIndicators as fixed by the consolidation, or as the latest figures fill
 * them until then
 * @param leavesToScore per role, the leaves a sheet scores by hand now
 * @param correctsEvaluationId for a re-evaluation, the evaluation it corrects (its own
 * re-evaluations are listed at {@code /{id}/re-evaluations})
 */
record EvaluationView(String id, String contractId, String milestoneId, String projectId, String agencyId,
		String regionCode, String kind, String status, String schemeId, int schemeVersion, LocalDate plannedFor,
		List<String> evaluatorIds, SelfAssessment selfAssessment, List<AutomaticIndicatorView> automaticIndicators,
		Map<ScorerRole, List<String>> leavesToScore, List<ScoreSheet> sheets, ScoreSheet buyerSheet,
		List<RoleResult> consolidation, String financeCheck, GradeView grade, List<DimensionScore> dimensions,
		RevisionView revision, Publication publication, String correctsEvaluationId, String correctionReason) {

	static EvaluationView of(Caller caller, EvaluationFile file, IndicatorScheme scheme,
			List<AutomaticIndicator> automatic) {
		Evaluation e = file.evaluation();
		boolean agency = EvaluationAccess.isOwnAgency(caller, e) && !EvaluationAccess.mayManage(caller, e);
		boolean evaluator = EvaluationAccess.isAssignedEvaluator(caller, e);
		List<ScoreSheet> sheets = e.sheets()
			.current()
			.values()
			.stream()
			.filter((sheet) -> !agency && (!evaluator || sheet.evaluatorId().equals(caller.username())))
			.toList();
		return new EvaluationView(e.id(), e.subject().contractId(), e.subject().milestoneId(), e.subject().projectId(),
				e.subject().agencyId(), e.subject().regionCode(), e.kind().name(), e.status().name(),
				e.scheme().schemeId(), e.scheme().version(), e.plannedFor(),
				(agency || e.panel() == null) ? List.of() : e.panel().evaluatorIds(), e.selfAssessment(),
				automatic.stream().map(AutomaticIndicatorView::of).toList(),
				Map.of(ScorerRole.THIRD_PARTY, RoleSheets.handScored(scheme, ScorerRole.THIRD_PARTY, automatic),
						ScorerRole.BUYER, RoleSheets.handScored(scheme, ScorerRole.BUYER, automatic)),
				sheets, (agency || evaluator) ? null : file.buyerSheet(),
				(agency || file.scoring() == null) ? List.of() : file.scoring().roles(),
				(file.financeCheck() != null) ? file.financeCheck().name() : null, GradeView.of(e.grading()),
				file.dimensions(), RevisionView.of(file.revision()), file.publication(),
				(e.correction() != null) ? e.correction().correctsEvaluationId() : null,
				(e.correction() != null) ? e.correction().reason() : null);
	}

	record AutomaticIndicatorView(String code, String role, String dataSource, BigDecimal figure, BigDecimal score,
			String basis, String source, String eventId, String measuredAt) {

		static AutomaticIndicatorView of(AutomaticIndicator a) {
			return new AutomaticIndicatorView(a.code(), a.role().name(), a.dataSource().name(), a.figure(), a.score(),
					a.basis(), a.source(), a.eventId(), a.measuredAt().toString());
		}

	}

	record GradeView(String score, String grade, boolean veto, LocalDate gradedOn, LocalDate replyDeadline,
			String reply, LocalDate repliedOn, String answer, LocalDate finalOn, LocalDate publicationDue) {

		static GradeView of(Grading g) {
			if (g == null) {
				return null;
			}
			return new GradeView(g.result().score().toPlainString(), g.result().grade(), g.result().vetoed(),
					g.gradedOn(), g.replyDeadline(), (g.reply() != null) ? g.reply().text() : null,
					(g.reply() != null) ? g.reply().filedOn() : null,
					(g.reply() != null && g.reply().isAnswered()) ? g.reply().answer().text() : null, g.finalOn(),
					g.publicationDue());
		}

	}

	/**
	 * What the answer to the reply revised: each leaf, and the result before and after.
	 */
	record RevisionView(List<LeafRevisionView> leaves, String financeCheckBefore, String financeCheckAfter,
			ResultView before, ResultView after, boolean gradeChanged, String revisedBy, LocalDate revisedOn) {

		static RevisionView of(ReplyRevision r) {
			if (r == null) {
				return null;
			}
			return new RevisionView(
					r.leaves()
						.stream()
						.map((leaf) -> new LeafRevisionView(leaf.code(), leaf.from().toPlainString(),
								leaf.to().toPlainString(), leaf.reason(), r.revisedBy(), r.revisedOn()))
						.toList(),
					name(r.financeCheckBefore()), name(r.financeCheckAfter()), ResultView.of(r.before()),
					ResultView.of(r.after()), r.gradeChanged(), r.revisedBy(), r.revisedOn());
		}

		private static String name(Enum<?> value) {
			return (value != null) ? value.name() : null;
		}

	}

	record LeafRevisionView(String leaf, String from, String to, String reason, String by, LocalDate on) {
	}

	record ResultView(String score, String grade, boolean veto) {

		static ResultView of(ConsolidatedResult result) {
			return new ResultView(result.score().toPlainString(), result.grade(), result.vetoed());
		}

	}

}
