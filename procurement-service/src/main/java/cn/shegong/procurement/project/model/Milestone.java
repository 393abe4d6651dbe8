package cn.shegong.procurement.project.model;

import java.time.LocalDate;

/** A point of the contract where delivery is looked at, and what was found. */
public record Milestone(String id, MilestoneType type, LocalDate dueOn, MilestoneStatus status) {

	public static Milestone scheduled(String id, MilestoneType type, LocalDate dueOn) {
		return new Milestone(id, type, dueOn, MilestoneStatus.SCHEDULED);
	}

	public boolean isDueOn(LocalDate today) {
		return this.status == MilestoneStatus.SCHEDULED && !today.isBefore(this.dueOn);
	}

	public Milestone judged(MilestoneStatus outcome) {
		if (outcome == MilestoneStatus.SCHEDULED) {
			throw new IllegalArgumentException("a judged milestone is met, not met or partially met");
		}
		return new Milestone(this.id, this.type, this.dueOn, outcome);
	}

	public enum MilestoneStatus {

		SCHEDULED, MET, NOT_MET, PARTIALLY_MET

	}

}
