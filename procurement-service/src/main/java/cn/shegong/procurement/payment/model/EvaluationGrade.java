package cn.shegong.procurement.payment.model;

import java.util.Objects;

/**
 * The grade an evaluation gave, as payment reads it: which evaluation, which grade, and
 * whether the finance check vetoed it.
 */
public record EvaluationGrade(String evaluationId, Grade grade, boolean veto) {

	public EvaluationGrade {
		if (evaluationId == null || evaluationId.isBlank()) {
			throw new IllegalArgumentException("a grade names the evaluation that gave it");
		}
		Objects.requireNonNull(grade, "grade");
	}

	/** A veto (failed finance check) counts as 不合格 whatever the score [LOC Guangzhou]. */
	public Grade paidAs() {
		return this.veto ? Grade.FAIL : this.grade;
	}

}
