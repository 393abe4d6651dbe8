package cn.shegong.evaluation.contract.model;

import java.time.LocalDate;

/**
 * A milestone of a contract fell due, published inside evaluation-service (as a Spring
 * application event) after the contract copy recording it was stored. Delivered at least
 * once: a crash between storing and announcing announces it again on redelivery, so a
 * listener keys what it does by contract and milestone.
 */
public record MilestoneFellDue(String contractId, String milestoneId, MilestoneType type, LocalDate dueOn) {
}
