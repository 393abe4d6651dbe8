package cn.shegong.talent.staffing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.talent.staffing.model.Assignment;
import cn.shegong.talent.staffing.model.ContractTerm;
import cn.shegong.talent.staffing.model.Fraction;
import cn.shegong.talent.staffing.model.PlacedAssignment;
import cn.shegong.talent.staffing.model.StaffRole;
import cn.shegong.talent.staffing.model.StaffedContract;
import cn.shegong.talent.staffing.model.StaffingFigures;
import cn.shegong.talent.staffing.model.StaffingRequirement;

/**
 * A contract's staffing requirement, its assignments and the figures last published, in
 * one document so that a change and the event it causes are one write (its outbox).
 */
@Document(StaffedContractDocument.COLLECTION)
record StaffedContractDocument(@Id String id, String projectId, String agencyId, String regionCode, LocalDate termFrom,
		LocalDate termTo, RequirementDocument requirement, List<AssignmentDocument> assignments,
		StaffingFigures lastPublished, @Version Long version) {

	static final String COLLECTION = "contract_requirements";

	static StaffedContractDocument of(StaffedContract contract, Long version) {
		return new StaffedContractDocument(contract.contractId(), contract.projectId(), contract.agencyId(),
				contract.regionCode(), contract.term().from(), contract.term().to(),
				RequirementDocument.of(contract.requirement()),
				contract.assignments().stream().map(AssignmentDocument::of).toList(),
				contract.lastPublished().orElse(null), version);
	}

	StaffedContract toContract() {
		return new StaffedContract(
				this.id, this.projectId, this.agencyId, this.regionCode, new ContractTerm(this.termFrom, this.termTo),
				this.requirement.toRequirement(), (this.assignments != null)
						? this.assignments.stream().map(AssignmentDocument::toPlaced).toList() : List.of(),
				Optional.ofNullable(this.lastPublished));
	}

	record RequirementDocument(int minimumFullTimeStaff, int minimumCertified, int certifiedRatioNumerator,
			int certifiedRatioDenominator, int workersPerSupervisor) {

		static RequirementDocument of(StaffingRequirement requirement) {
			return new RequirementDocument(requirement.minimumFullTimeStaff(), requirement.minimumCertified(),
					requirement.minimumCertifiedRatio().numerator(), requirement.minimumCertifiedRatio().denominator(),
					requirement.workersPerSupervisor());
		}

		StaffingRequirement toRequirement() {
			return new StaffingRequirement(this.minimumFullTimeStaff, this.minimumCertified,
					Fraction.of(this.certifiedRatioNumerator, this.certifiedRatioDenominator),
					this.workersPerSupervisor);
		}

	}

	record AssignmentDocument(String id, String workerId, StaffRole role, int fteBasisPoints, LocalDate from,
			LocalDate to) {

		static AssignmentDocument of(PlacedAssignment placed) {
			Assignment assignment = placed.assignment();
			return new AssignmentDocument(placed.id(), assignment.workerId(), assignment.role(),
					assignment.fteBasisPoints(), assignment.from(), assignment.to().orElse(null));
		}

		PlacedAssignment toPlaced() {
			return new PlacedAssignment(this.id, new Assignment(this.workerId, this.role, this.fteBasisPoints,
					this.from, Optional.ofNullable(this.to)));
		}

	}

}
