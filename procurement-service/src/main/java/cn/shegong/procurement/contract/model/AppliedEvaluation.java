package cn.shegong.procurement.contract.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shegong.procurement.payment.model.Grade;

/** An evaluation the contract has taken into account, kept so it is taken once only. */
public record AppliedEvaluation(String evaluationId, String milestoneId, EvaluationKind kind, BigDecimal score,
		Grade grade, boolean veto, LocalDate finalizedOn) {

	static AppliedEvaluation of(EvaluationOutcome outcome) {
		return new AppliedEvaluation(outcome.evaluationId(), outcome.milestoneId(), outcome.kind(), outcome.score(),
				outcome.grade(), outcome.veto(), outcome.finalizedOn());
	}

}
