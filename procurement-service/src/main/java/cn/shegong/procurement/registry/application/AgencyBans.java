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
import cn.shegong.procurement.registry.model.UnregisteredAgencyBans;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.registry.persistence.StoredAgency;
import cn.shegong.procurement.registry.persistence.UnregisteredBanStore;

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

	private final UnregisteredBanStore unregistered;

	/**
	 * @param policy the city's ban length ({@code shegong.procurement.rules.ban.months},
	 * 12 months by default)
	 */
	AgencyBans(AgencyRepository agencies, Outbox outbox, BanPolicy policy, UnregisteredBanStore unregistered) {
		this.agencies = agencies;
		this.outbox = outbox;
		this.policy = policy;
		this.unregistered = unregistered;
	}

	/**
	 * @return the ban recorded now; empty if this evaluation already banned the agency.
	 * An agency the registry does not know is banned all the same, on a record of its own
	 * keyed by the agency id it bids with (registration is never a precondition to bid).
	 */
	public Optional<BanPeriod> banForFinalFail(String agencyId, String evaluationId, LocalDate finalOn) {
		Optional<StoredAgency> found = this.agencies.findById(agencyId);
		if (found.isEmpty()) {
			return banUnregistered(agencyId, evaluationId, finalOn);
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

	private Optional<BanPeriod> banUnregistered(String agencyId, String evaluationId, LocalDate finalOn) {
		Optional<UnregisteredBanStore.Stored> stored = this.unregistered.find(agencyId);
		UnregisteredAgencyBans bans = stored.map(UnregisteredBanStore.Stored::bans)
			.orElseGet(() -> UnregisteredAgencyBans.none(agencyId));
		if (bans.hasBanFromEvaluation(evaluationId)) {
			return Optional.empty();
		}
		BanPeriod period = this.policy.banFor(finalOn, evaluationId);
		log.info("Agency {} is not in the registry; its ban after evaluation {} is kept under its id", agencyId,
				evaluationId);
		this.unregistered.save(bans.with(period), stored.map(UnregisteredBanStore.Stored::version).orElse(null),
				List.of(this.outbox.pending(ProcurementEvents.AGENCY_BANNED, agencyId,
						AgencyBanEvents.Banned.of(bans.banned(period), evaluationId))));
		this.outbox.written();
		return Optional.of(period);
	}

}
