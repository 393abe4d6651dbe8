package cn.shegong.procurement.registry.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.shegong.platform.outbox.Outbox;
import cn.shegong.procurement.event.ProcurementEvents;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.AgencyBanned;
import cn.shegong.procurement.registry.model.BanPeriod;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.registry.persistence.StoredAgency;

/**
 * Bans an agency whose final grade is 不合格, for the months the city's rules say from the
 * day the grade became final [DOMAIN §4]. The ban and its
 * {@code procurement.AgencyBanned} event are written to the agency's document together. A
 * grade delivered again bans nothing new.
 */
@Service
public class AgencyBans {

	private static final Logger log = LoggerFactory.getLogger(AgencyBans.class);

	private final AgencyRepository agencies;

	private final Outbox outbox;

	private final BanPolicy policy;

	/**
	 * @param policy the city's ban length ({@code shegong.procurement.rules.ban.months},
	 * 12 months by default)
	 */
	AgencyBans(AgencyRepository agencies, Outbox outbox, BanPolicy policy) {
		this.agencies = agencies;
		this.outbox = outbox;
		this.policy = policy;
	}

	/**
	 * @return the ban recorded now; empty if this evaluation already banned the agency,
	 * or if the registry does not know the agency (registration is never a precondition
	 * to bid, so such an agency has no record to carry a ban)
	 */
	public Optional<BanPeriod> banForFinalFail(String agencyId, String evaluationId, LocalDate finalOn) {
		Optional<StoredAgency> found = this.agencies.findById(agencyId);
		if (found.isEmpty()) {
			log.warn("Agency {} failed its final evaluation {} but is not in the registry; no ban can be recorded",
					agencyId, evaluationId);
			return Optional.empty();
		}
		Agency agency = found.get().agency();
		if (agency.hasBanFromEvaluation(evaluationId)) {
			return Optional.empty();
		}
		BanPeriod period = this.policy.banFor(finalOn, evaluationId);
		AgencyBanned banned = agency.ban(period);
		this.agencies.save(found.get(), List.of(this.outbox.pending(ProcurementEvents.AGENCY_BANNED, agencyId,
				AgencyBanEvents.Banned.of(banned, evaluationId))));
		this.outbox.written();
		return Optional.of(period);
	}

}
