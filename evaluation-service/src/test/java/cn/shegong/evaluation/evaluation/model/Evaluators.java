package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.List;

/** Evaluator candidates with or without ties to the evaluated agency. */
final class Evaluators {

	static final String ORG = "org-third-party";

	private Evaluators() {
	}

	static EvaluatorCandidate clean(String evaluatorId) {
		return new EvaluatorCandidate(evaluatorId, ORG, List.of(), List.of());
	}

	static EvaluatorCandidate formerlyAt(String agencyId, LocalDate from, LocalDate until) {
		return new EvaluatorCandidate("ev-former", ORG, List.of(new Employment(agencyId, from, until)), List.of());
	}

	static EvaluatorCandidate withOrganisationContract(String agencyId, LocalDate from, LocalDate until) {
		OrganisationContract training = new OrganisationContract("org-contract-1", ORG, agencyId, from, until);
		return new EvaluatorCandidate("ev-contracted", ORG, List.of(), List.of(training));
	}

}
