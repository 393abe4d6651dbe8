package cn.shegong.evaluation.evaluator.application;

import org.springframework.stereotype.Service;

import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.evaluation.evaluator.model.Evaluator;
import cn.shegong.evaluation.evaluator.model.RegisteredContract;
import cn.shegong.evaluation.evaluator.persistence.EvaluatorRegister;

/**
 * What the assignment of an evaluator needs for the conflict-of-interest rule: the
 * registered evaluator with their employment history and their organisation's contracts.
 */
@Service
public class EvaluatorCandidates {

	private final EvaluatorRegister register;

	EvaluatorCandidates(EvaluatorRegister register) {
		this.register = register;
	}

	/**
	 * The evaluator as a candidate for assignment.
	 * @throws cn.shegong.platform.problem.ProblemException 404
	 * {@code evaluator-not-found} when no such evaluator is registered
	 */
	public EvaluatorCandidate candidate(String evaluatorId) {
		Evaluator evaluator = this.register.find(evaluatorId).orElseThrow(() -> Evaluators.notFound(evaluatorId));
		return evaluator.asCandidate(this.register.contractsOf(evaluator.evaluatorOrgId())
			.stream()
			.map(RegisteredContract::asOrganisationContract)
			.toList());
	}

}
