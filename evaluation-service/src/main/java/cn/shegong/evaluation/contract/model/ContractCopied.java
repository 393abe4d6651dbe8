package cn.shegong.evaluation.contract.model;

/**
 * A contract copy was stored from {@code ContractAwarded}, published inside
 * evaluation-service (as a Spring application event) after the write. Delivered again
 * when the award is redelivered, so a listener keys what it does by contract.
 */
public record ContractCopied(Contract contract) {
}
