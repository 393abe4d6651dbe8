package cn.shegong.evaluation.evaluator.persistence;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.evaluation.evaluator.model.RegisteredContract;

@Document(OrganisationContractDocument.COLLECTION)
record OrganisationContractDocument(@Id String id, String evaluatorOrgId, String agencyId, LocalDate from,
		LocalDate until, String what) {

	static final String COLLECTION = "evaluator_organisation_contracts";

	static OrganisationContractDocument of(RegisteredContract contract) {
		return new OrganisationContractDocument(contract.contractId(), contract.evaluatorOrgId(), contract.agencyId(),
				contract.from(), contract.until(), contract.what());
	}

	RegisteredContract toContract() {
		return new RegisteredContract(this.id, this.evaluatorOrgId, this.agencyId, this.from, this.until, this.what);
	}

}
