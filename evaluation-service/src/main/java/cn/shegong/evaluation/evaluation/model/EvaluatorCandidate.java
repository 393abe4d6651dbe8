package cn.shegong.evaluation.evaluation.model;

import java.util.List;
import java.util.Objects;

/**
 * An evaluator proposed for an evaluation, with what the conflict-of-interest rule needs
 * to know: their employment history and their organisation's contracts.
 */
public record EvaluatorCandidate(String evaluatorId, String evaluatorOrgId, List<Employment> employments,
		List<OrganisationContract> organisationContracts) {

	public EvaluatorCandidate {
		Objects.requireNonNull(evaluatorId, "evaluatorId");
		Objects.requireNonNull(evaluatorOrgId, "evaluatorOrgId");
		employments = List.copyOf(employments);
		organisationContracts = List.copyOf(organisationContracts);
	}

}
