package cn.shegong.procurement.contract.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shegong.platform.event.MalformedEventException;
import cn.shegong.procurement.contract.model.EvaluationKind;
import cn.shegong.procurement.contract.model.EvaluationOutcome;
import cn.shegong.procurement.payment.model.Grade;

/**
 * Procurement's own copy of the fields it reads from
 * {@code evaluation.EvaluationFinalized} v1 (no shared jar): the contract it expects is
 * written down as a JSON Schema and an example under
 * {@code src/test/resources/consumed/}. Fields it does not read are ignored.
 *
 * @param score the composite score as a decimal string, e.g. {@code "94.55"}
 * @param correctsEvaluationId on a re-evaluation, the evaluation it corrects (optional);
 * the re-evaluation grades the same milestone again
 */
record EvaluationFinalized(String evaluationId, String contractId, String milestoneId, EvaluationKind kind,
		String score, Grade grade, Boolean veto, LocalDate finalizedOn, String correctsEvaluationId) {

	/**
	 * @throws MalformedEventException if a field is missing or unreadable; such an event
	 * can never be applied, so it goes to the dead-letter topic at once
	 */
	EvaluationOutcome outcome() {
		requireText(this.evaluationId, "evaluationId");
		requireText(this.contractId, "contractId");
		requireText(this.milestoneId, "milestoneId");
		requirePresent(this.kind, "kind");
		requirePresent(this.grade, "grade");
		requirePresent(this.veto, "veto");
		requirePresent(this.finalizedOn, "finalizedOn");
		return new EvaluationOutcome(this.evaluationId, this.milestoneId, this.kind, decimalScore(), this.grade,
				this.veto, this.finalizedOn);
	}

	private BigDecimal decimalScore() {
		requireText(this.score, "score");
		try {
			return new BigDecimal(this.score);
		}
		catch (NumberFormatException ex) {
			throw new MalformedEventException(
					"score of evaluation " + this.evaluationId + " is not a decimal: " + this.score, ex);
		}
	}

	private void requireText(String value, String field) {
		if (value == null || value.isBlank()) {
			throw malformed(field);
		}
	}

	private void requirePresent(Object value, String field) {
		if (value == null) {
			throw malformed(field);
		}
	}

	private MalformedEventException malformed(String field) {
		return new MalformedEventException(
				"evaluation.EvaluationFinalized v1 " + this.evaluationId + " has no " + field, null);
	}

}
