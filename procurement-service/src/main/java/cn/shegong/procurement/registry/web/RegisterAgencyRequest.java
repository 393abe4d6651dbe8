package cn.shegong.procurement.registry.web;

import jakarta.validation.constraints.NotBlank;

/** An agency to record; the credit code is checked by the domain (GB 32100-2015). */
record RegisterAgencyRequest(@NotBlank String name, @NotBlank String unifiedSocialCreditCode) {

}
