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
 */
public record EvaluationFile(Evaluation evaluation, ScoreSheet buyerSheet, ScoringOutcome scoring,
		FinanceCheck financeCheck, List<DimensionScore> dimensions) {

	public EvaluationFile {
		dimensions = (dimensions != null) ? List.copyOf(dimensions) : List.of();
	}

	static EvaluationFile planned(Evaluation evaluation) {
		return new EvaluationFile(evaluation, null, null, null, List.of());
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
		return new EvaluationFile(next, this.buyerSheet, this.scoring, this.financeCheck, this.dimensions);
	}

	/** A changed sheet makes the consolidation stale. */
	EvaluationFile withSheets(Evaluation next, ScoreSheet buyer) {
		return new EvaluationFile(next, buyer, null, null, List.of());
	}

	EvaluationFile withScoring(ScoringOutcome outcome) {
		return new EvaluationFile(this.evaluation, this.buyerSheet, outcome, null, List.of());
	}

	EvaluationFile graded(Evaluation next, FinanceCheck check, List<DimensionScore> scores) {
		return new EvaluationFile(next, this.buyerSheet, this.scoring, check, scores);
	}

}
