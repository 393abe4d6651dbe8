package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

/**
 * The fact that an agency was barred from new bids for a period. It names the agency by
 * id only and carries no personal data, so it may leave the service as an event.
 */
public record AgencyBanned(String agencyId, LocalDate from, LocalDate until, String reason) {

	static AgencyBanned of(String agencyId, BanPeriod period) {
		return new AgencyBanned(agencyId, period.from(), period.until(), period.reason());
	}

}
