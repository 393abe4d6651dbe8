package cn.shegong.procurement.contract.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.procurement.payment.model.EvaluationGrade;
import cn.shegong.procurement.payment.model.Grade;

/**
 * A finalized evaluation of one milestone of a contract, as procurement reads it: after
 * the reply (申辩) window, so it is final.
 */
public record EvaluationOutcome(String evaluationId, String milestoneId, EvaluationKind kind, BigDecimal score,
		Grade grade, boolean veto, LocalDate finalizedOn) {

	public EvaluationOutcome {
		if (evaluationId == null || evaluationId.isBlank() || milestoneId == null || milestoneId.isBlank()) {
			throw new IllegalArgumentException("an evaluation outcome names its evaluation and its milestone");
		}
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(score, "score");
		Objects.requireNonNull(grade, "grade");
		Objects.requireNonNull(finalizedOn, "finalizedOn");
	}

	public EvaluationGrade graded() {
		return new EvaluationGrade(this.evaluationId, this.grade, this.veto);
	}

	/** The grade money and bans follow: 不合格 after a veto, whatever the score. */
	public Grade paidAs() {
		return graded().paidAs();
	}

	/** A final grade of 不合格 bans the agency from new bids [DOMAIN §4]. */
	public boolean isFinalFail() {
		return this.kind == EvaluationKind.FINAL && paidAs() == Grade.FAIL;
	}

	/**
	 * Whether this grade of 不合格 bans: a final evaluation's, or a re-evaluation's of the
	 * final milestone, which is the final grade now. A mid-term grade never bans.
	 */
	public boolean bans(boolean gradesFinalMilestone) {
		return isFinalFail()
				|| (this.kind == EvaluationKind.RE_EVALUATION && gradesFinalMilestone && paidAs() == Grade.FAIL);
	}

}
