package cn.shegong.procurement.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.shegong.procurement.registry.model.CreditStatus;

/**
 * A new credit standing and why (e.g. the list and notice it comes from), on the basis of
 * the agency's {@code version} the client read.
 */
record CreditStatusRequest(@NotNull CreditStatus status, @NotBlank String reason, @NotNull Long version) {

}
