package cn.shegong.evaluation.event;

import java.time.LocalDate;

/**
 * Evaluation's own copy of {@code procurement.MilestoneDue} v1: which milestone of which
 * contract came due, and when.
 */
public record MilestoneDue(String contractId, String milestoneId, String agencyId, String type, LocalDate dueOn) {
}
