package cn.shegong.evaluation.evaluation.application;

import java.util.List;

import cn.shegong.evaluation.evaluation.model.Evaluation;
import cn.shegong.evaluation.evaluation.model.ScoreSheet;
import cn.shegong.evaluation.scoring.model.FinanceCheck;
import cn.shegong.platform.problem.ProblemException;

/**
 * An evaluation with what the scoring adds to it: the buyer's sheet (the buyer is not on
 * the evaluators' panel), the consolidation, the finance check and the dimension scores
 * of the grade.
 *
 * @param buyerSheet {@code null} until the buyer's officer scores
 * @param scoring {@code null} until consolidated, and again after a sheet changes
 * @param financeCheck {@code null} until graded
 * @param revision what the answer to the reply revised, {@code null} if nothing
 * @param publication {@code null} until published
 */
public record EvaluationFile(Evaluation evaluation, ScoreSheet buyerSheet, ScoringOutcome scoring,
		FinanceCheck financeCheck, List<DimensionScore> dimensions, ReplyRevision revision, Publication publication) {

	public EvaluationFile {
		dimensions = (dimensions != null) ? List.copyOf(dimensions) : List.of();
	}

	static EvaluationFile planned(Evaluation evaluation) {
		return new EvaluationFile(evaluation, null, null, null, List.of(), null, null);
	}

	/**
	 * Scores are immutable once the grade is final: a correction is a re-evaluation with
	 * a reason, never an edit.
	 */
	void requireScoresOpen() {
		if (this.evaluation.status().isGradeFinal()) {
			throw ProblemException.ruleViolated("scores-final",
					"The grade of evaluation " + this.evaluation.id() + " is final (" + this.evaluation.status()
							+ "); its scores cannot change. A correction is a re-evaluation.",
					this.evaluation.id(), this.evaluation.status());
		}
	}

	EvaluationFile with(Evaluation next) {
		return new EvaluationFile(next, this.buyerSheet, this.scoring, this.financeCheck, this.dimensions,
				this.revision, this.publication);
	}

	/** A changed sheet makes the consolidation stale. */
	EvaluationFile withSheets(Evaluation next, ScoreSheet buyer) {
		return new EvaluationFile(next, buyer, null, null, List.of(), null, null);
	}

	EvaluationFile withScoring(ScoringOutcome outcome) {
		return new EvaluationFile(this.evaluation, this.buyerSheet, outcome, null, List.of(), null, null);
	}

	EvaluationFile graded(Evaluation next, FinanceCheck check, List<DimensionScore> scores) {
		return new EvaluationFile(next, this.buyerSheet, this.scoring, check, scores, null, null);
	}

	/**
	 * The answer revised the consolidation it graded: the finance check and dimension
	 * scores follow it.
	 */
	EvaluationFile revised(Evaluation next, ScoringOutcome outcome, ReplyRevision revised,
			List<DimensionScore> scores) {
		return new EvaluationFile(next, this.buyerSheet, outcome, revised.financeCheckAfter(), scores, revised, null);
	}

	EvaluationFile published(Evaluation next, Publication recorded) {
		return new EvaluationFile(next, this.buyerSheet, this.scoring, this.financeCheck, this.dimensions,
				this.revision, recorded);
	}

}
