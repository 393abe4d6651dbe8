package cn.shegong.evaluation.contract.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.shegong.evaluation.contract.model.Contract;
import cn.shegong.evaluation.contract.model.ContractMilestone;
import cn.shegong.evaluation.contract.model.ContractTerm;
import cn.shegong.evaluation.contract.model.MilestoneType;
import cn.shegong.evaluation.contract.model.StaffingRequirement;

@Document(ContractDocument.COLLECTION)
record ContractDocument(@Id String id, String projectId, String tenderId, String agencyId, String regionCode,
		LocalDate termFrom, LocalDate termTo, List<MilestoneEntry> milestones, StaffingRequirement staffingRequirement,
		Map<String, Object> targets, String buyerId, @Version Long version) {

	static final String COLLECTION = "contracts";

	static ContractDocument of(Contract contract, Long version) {
		return new ContractDocument(contract.contractId(), contract.projectId(), contract.tenderId(),
				contract.agencyId(), contract.regionCode(), contract.term().from(), contract.term().to(),
				contract.milestones().stream().map(MilestoneEntry::of).toList(), contract.staffingRequirement(),
				contract.targets(), contract.buyerId(), version);
	}

	Contract toContract() {
		return new Contract(this.id, this.projectId, this.tenderId, this.agencyId, this.regionCode,
				new ContractTerm(this.termFrom, this.termTo),
				this.milestones.stream().map(MilestoneEntry::toMilestone).toList(), this.staffingRequirement,
				(this.targets != null) ? this.targets : Map.of(), this.buyerId);
	}

	record MilestoneEntry(String milestoneId, MilestoneType type, LocalDate dueOn, boolean due, boolean announced) {

		static MilestoneEntry of(ContractMilestone milestone) {
			return new MilestoneEntry(milestone.milestoneId(), milestone.type(), milestone.dueOn(), milestone.due(),
					milestone.announced());
		}

		ContractMilestone toMilestone() {
			return new ContractMilestone(this.milestoneId, this.type, this.dueOn, this.due, this.announced);
		}

	}

}
