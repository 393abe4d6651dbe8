package cn.shegong.procurement.registry.application;

import java.time.LocalDate;

import cn.shegong.procurement.registry.model.AgencyBanned;
import cn.shegong.procurement.registry.model.BanPeriod;

/**
 * The data of {@code procurement.AgencyBanned} and {@code procurement.AgencyBanLifted} v1
 * as their schemas define them: the agency by id, dates, and a non-personal reason.
 */
final class AgencyBanEvents {

	private AgencyBanEvents() {
	}

	record Banned(String agencyId, LocalDate from, LocalDate until, String reason, String evaluationId) {

		static Banned of(AgencyBanned banned, String evaluationId) {
			return new Banned(banned.agencyId(), banned.from(), banned.until(), banned.reason(), evaluationId);
		}

	}

	/** The ban's first free day is the day it was lifted. */
	record Lifted(String agencyId, LocalDate liftedOn) {

		static Lifted of(String agencyId, BanPeriod lapsed) {
			return new Lifted(agencyId, lapsed.until());
		}

	}

}
