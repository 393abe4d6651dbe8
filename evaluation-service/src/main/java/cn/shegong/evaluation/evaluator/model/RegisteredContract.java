package cn.shegong.evaluation.evaluator.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.evaluation.evaluation.model.OrganisationContract;
import cn.shegong.platform.problem.ProblemException;

/**
 * A contract an evaluation organisation holds with an agency (training, consulting, …),
 * as registered: while it runs, the organisation's evaluators may not evaluate that
 * agency.
 *
 * @param what what the contract is for, as the register shows it
 */
public record RegisteredContract(String contractId, String evaluatorOrgId, String agencyId, LocalDate from,
		LocalDate until, String what) {

	public RegisteredContract {
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(evaluatorOrgId, "evaluatorOrgId");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		Objects.requireNonNull(what, "what");
		if (until.isBefore(from)) {
			throw ProblemException.ruleViolated(
					"contract-ends-before-it-starts", "The contract of " + evaluatorOrgId + " with " + agencyId
							+ " ends " + until + ", before it starts " + from + ".",
					evaluatorOrgId, agencyId, from, until);
		}
	}

	public OrganisationContract asOrganisationContract() {
		return new OrganisationContract(this.contractId, this.evaluatorOrgId, this.agencyId, this.from, this.until);
	}

}
