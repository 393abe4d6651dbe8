package cn.shegong.procurement.registry.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bans of an agency the registry does not know. Registration is never a precondition
 * to bid [NAT 财办库〔2021〕14号], so an agency can win, fail its final evaluation and bid
 * again without ever being registered; its ban must still stand, keyed by the agency id
 * it bids with [DOMAIN §4]. Bans are kept, never removed, and lapse by themselves.
 */
public record UnregisteredAgencyBans(String agencyId, List<BanPeriod> bans) {

	public UnregisteredAgencyBans {
		agencyId = RequiredText.require(agencyId, "agency id");
		bans = List.copyOf(bans);
	}

	public static UnregisteredAgencyBans none(String agencyId) {
		return new UnregisteredAgencyBans(agencyId, List.of());
	}

	public boolean hasBanFromEvaluation(String evaluationId) {
		return this.bans.stream().anyMatch((ban) -> ban.sourceEvaluationId().equals(evaluationId));
	}

	/** These bans with one more, and the fact to announce. */
	public UnregisteredAgencyBans with(BanPeriod period) {
		List<BanPeriod> more = new ArrayList<>(this.bans);
		more.add(period);
		return new UnregisteredAgencyBans(this.agencyId, more);
	}

	public AgencyBanned banned(BanPeriod period) {
		return AgencyBanned.of(this.agencyId, period);
	}

	/** Of the bans active on the day, the one that lasts longest. */
	public Optional<BanPeriod> activeBanOn(LocalDate day) {
		return BanPeriod.longestActiveOn(this.bans, day);
	}

}
