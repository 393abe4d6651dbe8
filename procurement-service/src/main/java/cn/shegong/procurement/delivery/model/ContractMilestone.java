package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;
import java.util.Objects;

import cn.shegong.procurement.payment.model.Grade;
import cn.shegong.procurement.project.model.Milestone;
import cn.shegong.procurement.project.model.MilestoneType;

/**
 * A milestone of a signed contract (里程碑): copied from the project's plan when the
 * contract is drawn up, due once its day has come, judged by its evaluation.
 */
public record ContractMilestone(String milestoneId, MilestoneType type, LocalDate dueOn, MilestoneStatus status) {

	public ContractMilestone {
		if (milestoneId == null || milestoneId.isBlank()) {
			throw new IllegalArgumentException("a milestone has an id");
		}
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(dueOn, "dueOn");
		Objects.requireNonNull(status, "status");
	}

	public static ContractMilestone scheduled(String milestoneId, MilestoneType type, LocalDate dueOn) {
		return new ContractMilestone(milestoneId, type, dueOn, MilestoneStatus.SCHEDULED);
	}

	/** The project's milestone as the contract starts it: scheduled. */
	public static ContractMilestone of(Milestone planned) {
		return scheduled(planned.id(), planned.type(), planned.dueOn());
	}

	/** Scheduled and its day has come (in the buyer's calendar). */
	public boolean hasComeDueOn(LocalDate today) {
		return this.status == MilestoneStatus.SCHEDULED && !today.isBefore(this.dueOn);
	}

	public ContractMilestone due() {
		if (this.status != MilestoneStatus.SCHEDULED) {
			throw new IllegalStateException("milestone " + this.milestoneId + " is " + this.status + ", not scheduled");
		}
		return withStatus(MilestoneStatus.DUE);
	}

	public ContractMilestone judged(Grade grade, boolean veto) {
		return withStatus(MilestoneStatus.judgedBy(grade, veto));
	}

	public MilestoneDue dueEvent(String contractId, String agencyId) {
		return new MilestoneDue(contractId, this.milestoneId, agencyId, this.type, this.dueOn);
	}

	private ContractMilestone withStatus(MilestoneStatus next) {
		return new ContractMilestone(this.milestoneId, this.type, this.dueOn, next);
	}

}
