package cn.shegong.evaluation.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.evaluation.callback.application.CallbackFigureRepair;
import cn.shegong.evaluation.contract.application.ContractCopies;
import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.contract.model.MilestoneFellDue;
import cn.shegong.evaluation.evaluation.model.ConflictOfInterest;
import cn.shegong.evaluation.evaluation.model.ConsolidatedResult;
import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.EvaluationFact;
import cn.shegong.evaluation.evaluation.model.EvaluationRules;
import cn.shegong.evaluation.evaluation.model.EvaluationStatus;
import cn.shegong.evaluation.evaluation.model.EvaluationStep;
import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.evaluation.model.SelfAssessment;
import cn.shegong.evaluation.evaluation.persistence.Evaluations;
import cn.shegong.evaluation.evaluation.persistence.Evaluations.Versioned;
import cn.shegong.evaluation.evaluator.application.EvaluatorCandidates;
import cn.shegong.evaluation.figure.application.LatestFigures;
import cn.shegong.evaluation.scheme.application.SchemeCatalog;
import cn.shegong.evaluation.scheme.model.Grade;
import cn.shegong.evaluation.scheme.model.IndicatorScheme;
import cn.shegong.evaluation.scheme.model.ScorerRole;
import cn.shegong.evaluation.scoring.model.CompositeResult;
import cn.shegong.evaluation.scoring.model.FinanceCheck;
import cn.shegong.platform.outbox.Outbox;
import cn.shegong.platform.problem.ProblemException;
import cn.shegong.platform.security.Caller;
import cn.shegong.platform.security.PlatformRoles;

/**
 * The evaluation of a contract's milestone from planning to the final grade [DOMAIN §6]:
 * each use case loads the evaluation, lets the domain decide, and stores the result with
 * the events it caused in one write.
 */
@Service
public class EvaluationFlow {

	private final Evaluations evaluations;

	private final SchemeCatalog schemes;

	private final EvaluatorCandidates candidates;

	private final ContractCopies contracts;

	private final LatestFigures figures;

	private final Outbox outbox;

	private final Clock clock;

	private final WorkingDayCalendar calendar;

	private final EvaluationFlowProperties properties;

	private final EvaluationRules rules;

	/**
	 * Consolidation reads the data-quality figure; a figure a failed second write left
	 * behind is written again first.
	 */
	private final CallbackFigureRepair callbackFigures;

	private final EvaluationPlanner planner;

	EvaluationFlow(Evaluations evaluations, SchemeCatalog schemes, EvaluatorCandidates candidates,
			ContractCopies contracts, LatestFigures figures, Outbox outbox, Clock clock, WorkingDayCalendar calendar,
			EvaluationFlowProperties properties, EvaluationPlanner planner, CallbackFigureRepair callbackFigures) {
		this.evaluations = evaluations;
		this.schemes = schemes;
		this.candidates = candidates;
		this.contracts = contracts;
		this.figures = figures;
		this.outbox = outbox;
		this.clock = clock;
		this.calendar = calendar;
		this.properties = properties;
		this.rules = properties.rules();
		this.planner = planner;
		this.callbackFigures = callbackFigures;
	}

	/**
	 * Plans the evaluation of a mid-term or final milestone with the current version of
	 * the configured scheme; a milestone announced again, or already planned from the
	 * award, plans nothing new.
	 * @return whether an evaluation was planned
	 */
	public boolean plan(MilestoneFellDue due) {
		Contract contract = this.contracts.find(due.contractId())
			.orElseThrow(() -> new IllegalStateException("Contract " + due.contractId() + " announced but not stored"));
		return this.planner.planDue(due, contract);
	}

	public EvaluationFile assign(Caller caller, String id, List<String> evaluatorIds) {
		Versioned v = manageable(caller, id);
		List<EvaluatorCandidate> panel = evaluatorIds.stream().map(this.candidates::candidate).toList();
		EvaluationStep step = v.file().evaluation().assign(panel, ConflictOfInterest.of(this.rules), today());
		return save(v, v.file().with(step.evaluation()), step.facts());
	}

	public EvaluationFile selfAssess(Caller caller, String id, Map<String, SelfAssessment.Entry> entries) {
		Versioned v = readable(caller, id);
		SelfAssessment assessment = new SelfAssessment(caller.agencyId().orElse(caller.username()), entries, today());
		EvaluationStep step = v.file().evaluation().submitSelfAssessment(assessment);
		return save(v, v.file().with(step.evaluation()), step.facts());
	}

	/**
	 * An assigned evaluator's sheet scores the third party's leaves, the buyer's
	 * officer's the buyer's; either replaces the same scorer's earlier sheet.
	 */
	public EvaluationFile submitSheet(Caller caller, String id, Map<String, ScoreSheet.LeafScore> scores) {
		Versioned v = readable(caller, id);
		EvaluationFile file = v.file();
		file.requireScoresOpen();
		Evaluation e = file.evaluation();
		IndicatorScheme scheme = scheme(e);
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(scheme,
				this.figures.forContract(e.subject().contractId()));
		ScoreSheet sheet = new ScoreSheet(caller.username(), scores, today());
		if (caller.hasRole(PlatformRoles.EVALUATOR)) {
			RoleSheets.check(scheme, ScorerRole.THIRD_PARTY, sheet, filled);
			EvaluationStep step = e.submitScoreSheet(sheet);
			return save(v, file.withSheets(step.evaluation(), file.buyerSheet()), step.facts());
		}
		if (!EvaluationAccess.isBuyerOfficer(caller, e)) {
			throw ProblemException.forbidden("buyer-sheet-by-another-officer",
					"Only a procurement officer of region " + e.subject().regionCode() + " scores the buyer's leaves.",
					e.subject().regionCode());
		}
		requireStatus(e, "submit the buyer's sheet", EvaluationStatus.SELF_ASSESSMENT_SUBMITTED,
				EvaluationStatus.SCORING);
		RoleSheets.check(scheme, ScorerRole.BUYER, sheet, filled);
		return save(v, file.withSheets(e, sheet), List.of());
	}

	/**
	 * Averages the sheets of each role, fills the automatic leaves from the latest
	 * figures and flags leaves whose sheets spread too far.
	 */
	public EvaluationFile consolidate(Caller caller, String id) {
		Versioned v = manageable(caller, id);
		EvaluationFile file = v.file();
		file.requireScoresOpen();
		Evaluation e = file.evaluation();
		requireStatus(e, "consolidate", EvaluationStatus.SCORING);
		List<String> missing = e.sheets().missingFrom(e.panel());
		if (!missing.isEmpty()) {
			throw ProblemException.conflict(
					"score-sheets-missing", missing.size() + " of " + e.panel().evaluatorIds().size()
							+ " evaluators have not submitted: " + missing,
					missing.size(), e.panel().evaluatorIds().size(), missing);
		}
		IndicatorScheme scheme = scheme(e);
		this.callbackFigures.repair(e);
		List<AutomaticIndicator> filled = AutomaticIndicator.fill(scheme,
				this.figures.forContract(e.subject().contractId()));
		List<ScoreSheet> sheets = e.panel().evaluatorIds().stream().map((ev) -> e.sheets().current().get(ev)).toList();
		return save(v, file.withScoring(RoleSheets.consolidate(scheme, sheets, file.buyerSheet(), filled)), List.of());
	}

	/** The composite and grade with the finance check; opens the reply window. */
	public EvaluationFile gradeProvisionally(Caller caller, String id, FinanceCheck financeCheck) {
		Versioned v = manageable(caller, id);
		EvaluationFile file = v.file();
		file.requireScoresOpen();
		if (file.scoring() == null) {
			throw ProblemException.conflict("evaluation-not-consolidated",
					"Evaluation " + id + " has no current consolidation; consolidate its sheets first.", id);
		}
		IndicatorScheme scheme = scheme(file.evaluation());
		CompositeResult composite = file.scoring().composite(scheme, financeCheck);
		ConsolidatedResult result = new ConsolidatedResult(composite.score(), composite.grade().name(),
				composite.financeVetoed(), composite.grade() == Grade.FAIL);
		EvaluationStep consolidated = file.evaluation().consolidate(result, today());
		EvaluationStep graded = consolidated.evaluation().gradeProvisionally(today(), this.calendar, this.rules);
		List<EvaluationFact> facts = new ArrayList<>(consolidated.facts());
		facts.addAll(graded.facts());
		return save(v, file.graded(graded.evaluation(), financeCheck, file.scoring().dimensions(scheme)), facts);
	}

	public EvaluationFile reply(Caller caller, String id, String text, List<String> evidenceRefs) {
		Versioned v = readable(caller, id);
		EvaluationStep step = v.file()
			.evaluation()
			.fileReply(caller.agencyId().orElse(caller.username()), text, evidenceRefs, today());
		return save(v, v.file().with(step.evaluation()), step.facts());
	}

	/**
	 * Answers the reply, upholding the provisional result or revising named leaves'
	 * consolidated scores and/or the finance check; the grade is computed again with the
	 * evaluation's scheme version and stays provisional until made final.
	 * @param financeCheck the revised finance check, or {@code null} to keep it
	 */
	public EvaluationFile answer(Caller caller, String id, String text, List<ReplyRevisions.RevisedLeaf> leaves,
			FinanceCheck financeCheck) {
		Versioned v = manageable(caller, id);
		EvaluationFile file = v.file();
		Evaluation e = file.evaluation();
		if (leaves.isEmpty() && (financeCheck == null || financeCheck == file.financeCheck())) {
			EvaluationStep step = e.answerReply(text, e.consolidated(), today());
			return save(v, file.with(step.evaluation()), step.facts());
		}
		requireStatus(e, "answer the reply", EvaluationStatus.PROVISIONAL);
		IndicatorScheme scheme = scheme(e);
		ReplyRevisions.Revised revised = ReplyRevisions.revise(scheme, file.scoring(), file.financeCheck(),
				e.grading().result(), leaves, financeCheck, caller.username(), today());
		EvaluationStep step = e.answerReply(text, revised.result(), today());
		return save(v, file.revised(step.evaluation(), revised.scoring(), revised.revision(),
				revised.scoring().dimensions(scheme)), step.facts());
	}

	public EvaluationFile finalizeGrade(Caller caller, String id) {
		return finalizeGrade(manageable(caller, id));
	}

	/**
	 * Makes final every provisional grade whose window closed without a reply; safe to
	 * run again and from several instances.
	 * @return how many became final
	 */
	public int finalizeClosedWindows() {
		int count = 0;
		for (String id : this.evaluations.unrepliedWindowsClosedBefore(today())) {
			try {
				this.evaluations.find(id).ifPresent(this::finalizeGrade);
				count++;
			}
			catch (OptimisticLockingFailureException ex) {
				// another instance or request changed it; the next pass looks again
			}
		}
		return count;
	}

	public EvaluationFile read(Caller caller, String id) {
		return readable(caller, id).file();
	}

	/**
	 * The evaluations the caller may read: an evaluator's assignments, or a contract's; a
	 * blank contract is no filter.
	 */
	public List<EvaluationFile> list(Caller caller, boolean mine, String contractId) {
		if (mine) {
			return caller.hasRole(PlatformRoles.EVALUATOR) ? this.evaluations.assignedTo(caller.username()) : List.of();
		}
		if (!StringUtils.hasText(contractId)) {
			throw ProblemException.ruleViolated("evaluation-list-needs-a-filter",
					"List the evaluations of a contract (contractId=…) or your own assignments (mine=true).");
		}
		return this.evaluations.ofContract(contractId)
			.stream()
			.filter((file) -> EvaluationAccess.mayRead(caller, file.evaluation()))
			.toList();
	}

	/** The automatic leaves as the latest figures fill them now. */
	public List<AutomaticIndicator> automaticNow(EvaluationFile file) {
		return AutomaticIndicator.fill(scheme(file.evaluation()),
				this.figures.forContract(file.evaluation().subject().contractId()));
	}

	public IndicatorScheme scheme(Evaluation e) {
		return this.schemes.version(e.scheme().schemeId(), e.scheme().version());
	}

	private EvaluationFile finalizeGrade(Versioned v) {
		EvaluationStep step = v.file().evaluation().finalizeGrade(today(), this.rules);
		return save(v, v.file().with(step.evaluation()), step.facts());
	}

	Versioned readable(Caller caller, String id) {
		return this.evaluations.find(id)
			.filter((v) -> EvaluationAccess.mayRead(caller, v.file().evaluation()))
			.orElseThrow(() -> ProblemException.notFound("evaluation-not-found", "No evaluation " + id + " here.", id));
	}

	Versioned manageable(Caller caller, String id) {
		Versioned v = readable(caller, id);
		if (!EvaluationAccess.mayManage(caller, v.file().evaluation())) {
			throw ProblemException.forbidden(
					"evaluation-managed-by-the-buyer", "Only an admin or a procurement officer of region "
							+ v.file().evaluation().subject().regionCode() + " steers evaluation " + id + ".",
					v.file().evaluation().subject().regionCode(), id);
		}
		return v;
	}

	private static void requireStatus(Evaluation e, String action, EvaluationStatus... allowed) {
		if (!List.of(allowed).contains(e.status())) {
			throw ProblemException.conflict("evaluation-in-wrong-status",
					"Cannot " + action + ": the evaluation is " + e.status() + ", it must be " + List.of(allowed),
					action, e.status(), List.of(allowed));
		}
	}

	private EvaluationFile save(Versioned v, EvaluationFile next, List<EvaluationFact> facts) {
		this.evaluations.save(next, v.version(), EvaluationPayloads.pending(this.outbox, next, facts));
		return next;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
