package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contract between an evaluation organisation and an agency, e.g. for training or
 * consulting.
 */
public record OrganisationContract(String contractId, String evaluatorOrgId, String agencyId, LocalDate from,
		LocalDate until) {

	public OrganisationContract {
		Objects.requireNonNull(contractId, "contractId");
		Objects.requireNonNull(evaluatorOrgId, "evaluatorOrgId");
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
		if (until.isBefore(from)) {
			throw new IllegalArgumentException(
					"contract " + contractId + " ends " + until + " before it starts " + from);
		}
	}

	boolean isRunningOn(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.until);
	}

}
