package cn.shegong.evaluation.evaluation.model;

import java.util.List;

/** An evaluation after a command, with the facts the command caused, in order. */
public record EvaluationStep(Evaluation evaluation, List<EvaluationFact> facts) {

	public EvaluationStep {
		facts = List.copyOf(facts);
	}

	static EvaluationStep of(Evaluation evaluation, EvaluationFact... facts) {
		return new EvaluationStep(evaluation, List.of(facts));
	}

}
