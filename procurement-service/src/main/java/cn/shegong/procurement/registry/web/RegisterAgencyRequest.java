package cn.shegong.procurement.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An agency to record; the credit code is checked by the domain (GB 32100-2015).
 *
 * @param agencyId the id the agency signs in with (its {@code agency_id} claim), so that
 * its grade and any ban apply to the bids it submits; left out, the registry makes one
 */
record RegisterAgencyRequest(@NotBlank String name, @NotBlank String unifiedSocialCreditCode,
		@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}") String agencyId) {

}
