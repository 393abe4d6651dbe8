package cn.shegong.evaluation.dashboard.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.shegong.evaluation.scheme.model.Grade;

/**
 * A final evaluation as the dashboards read it: the contract it evaluated, its grade as
 * it counts (a veto fails whatever the score), its score and its level-1 dimensions.
 *
 * @param kind the evaluation kind's name, such as {@code MID_TERM}
 * @param correctsEvaluationId the evaluation a re-evaluation corrects and supersedes;
 * {@code null} for the other kinds
 */
public record FinalEvaluation(String evaluationId, String contractId, String agencyId, String kind,
		LocalDate finalizedOn, BigDecimal score, Grade grade, List<Dimension> dimensions, String correctsEvaluationId) {

	/** An evaluation that corrects none. */
	public FinalEvaluation(String evaluationId, String contractId, String agencyId, String kind, LocalDate finalizedOn,
			BigDecimal score, Grade grade, List<Dimension> dimensions) {
		this(evaluationId, contractId, agencyId, kind, finalizedOn, score, grade, dimensions, null);
	}

	public FinalEvaluation {
		Objects.requireNonNull(evaluationId, "evaluationId");
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(finalizedOn, "finalizedOn");
		Objects.requireNonNull(score, "score");
		Objects.requireNonNull(grade, "grade");
		dimensions = (dimensions != null) ? List.copyOf(dimensions) : List.of();
	}

	/**
	 * The grade that counts: the failing one when the result failed (a vetoed result
	 * fails with any score), otherwise the scheme's grade label.
	 */
	public static Grade gradeOf(String label, boolean failed) {
		return failed ? Grade.FAIL : Grade.valueOf(label);
	}

	/** A level-1 dimension's score out of its maximum. */
	public record Dimension(String code, String label, BigDecimal score, BigDecimal max) {

		public Dimension {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(score, "score");
			Objects.requireNonNull(max, "max");
		}

		/** Failed when scored below the given percentage of its maximum. */
		public boolean isFailedBelow(int percent) {
			BigDecimal threshold = this.max.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
			return this.max.signum() > 0 && this.score.compareTo(threshold) < 0;
		}

	}

}
