package cn.shegong.procurement.delivery.model;

import java.time.LocalDate;

import cn.shegong.procurement.project.model.MilestoneType;

/**
 * A milestone of a contract came due; evaluation schedules its evaluation from it. The
 * data of {@code procurement.MilestoneDue} v1.
 */
public record MilestoneDue(String contractId, String milestoneId, String agencyId, MilestoneType type,
		LocalDate dueOn) {

}
