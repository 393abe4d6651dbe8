package cn.shegong.evaluation.evaluation.model;

/**
 * What a re-evaluation corrects and why; the corrected evaluation itself stays untouched.
 */
public record Correction(String correctsEvaluationId, String reason) {

	public Correction {
		if (correctsEvaluationId == null || correctsEvaluationId.isBlank()) {
			throw new IllegalArgumentException("a correction names the evaluation it corrects");
		}
		if (reason == null || reason.isBlank()) {
			throw Refusal.rule("re-evaluation-needs-a-reason",
					"A re-evaluation of %s must state the reason for the correction", correctsEvaluationId);
		}
	}

}
