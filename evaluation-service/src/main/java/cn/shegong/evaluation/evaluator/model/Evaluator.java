package cn.shegong.evaluation.evaluator.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shegong.evaluation.evaluation.model.Employment;
import cn.shegong.evaluation.evaluation.model.EvaluatorCandidate;
import cn.shegong.evaluation.evaluation.model.OrganisationContract;
import cn.shegong.platform.problem.ProblemException;

/**
 * A registered evaluator: the person who signs in (their id is their sign-in name), the
 * evaluation organisation they work for, and the agencies they worked for, which the
 * conflict-of-interest rule looks at (DOMAIN.md §6).
 *
 * @param evaluatorId the Keycloak username, e.g. {@code evaluator.zhiping}
 * @param evaluatorOrgId the organisation their token names, e.g. {@code eval-zhiping}
 * @param employments where they worked, in the order registered
 */
public record Evaluator(String evaluatorId, String name, String evaluatorOrgId, List<Employment> employments) {

	public Evaluator {
		Objects.requireNonNull(evaluatorId, "evaluatorId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(evaluatorOrgId, "evaluatorOrgId");
		employments = List.copyOf(employments);
	}

	/**
	 * A spell of work at an agency, refused by name when it ends before it starts.
	 * @param until the last day, or {@code null} while still working there
	 */
	public static Employment employment(String agencyId, LocalDate from, LocalDate until) {
		if (until != null && until.isBefore(from)) {
			throw ProblemException.ruleViolated("employment-ends-before-it-starts",
					"Employment at " + agencyId + " ends " + until + ", before it starts " + from + ".", agencyId, from,
					until);
		}
		return new Employment(agencyId, from, until);
	}

	public Evaluator withEmployment(Employment employment) {
		List<Employment> more = new ArrayList<>(this.employments);
		more.add(employment);
		return new Evaluator(this.evaluatorId, this.name, this.evaluatorOrgId, more);
	}

	/**
	 * The evaluator as the conflict-of-interest rule sees them, with the contracts their
	 * organisation holds.
	 */
	public EvaluatorCandidate asCandidate(List<OrganisationContract> organisationContracts) {
		List<OrganisationContract> ours = organisationContracts.stream()
			.filter((contract) -> contract.evaluatorOrgId().equals(this.evaluatorOrgId))
			.toList();
		return new EvaluatorCandidate(this.evaluatorId, this.evaluatorOrgId, this.employments, ours);
	}

}
