package cn.shegong.evaluation.contract.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone of a contract: scheduled until procurement says it fell due, and
 * announced once evaluation has told its own listeners so.
 */
public record ContractMilestone(String milestoneId, MilestoneType type, LocalDate dueOn, boolean due,
		boolean announced) {

	public ContractMilestone {
		Objects.requireNonNull(milestoneId, "milestoneId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(dueOn, "dueOn");
	}

	public static ContractMilestone scheduled(String milestoneId, MilestoneType type, LocalDate dueOn) {
		return new ContractMilestone(milestoneId, type, dueOn, false, false);
	}

	ContractMilestone fellDue(MilestoneType dueType, LocalDate dueDay) {
		return new ContractMilestone(this.milestoneId, dueType, dueDay, true, this.announced);
	}

	ContractMilestone markedAnnounced() {
		return new ContractMilestone(this.milestoneId, this.type, this.dueOn, this.due, true);
	}

	boolean awaitsAnnouncement() {
		return this.due && !this.announced;
	}

	MilestoneFellDue announcement(String contractId) {
		return new MilestoneFellDue(contractId, this.milestoneId, this.type, this.dueOn);
	}

}
