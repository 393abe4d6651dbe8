package cn.shegong.procurement.registry.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.shegong.platform.security.Caller;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BidEligibility;
import cn.shegong.procurement.registry.model.CreditStatus;
import cn.shegong.procurement.registry.model.GradeAssessment;
import cn.shegong.procurement.registry.model.UnifiedSocialCreditCode;
import cn.shegong.procurement.registry.persistence.AgencyRepository;
import cn.shegong.procurement.registry.persistence.StoredAgency;
import cn.shegong.procurement.registry.persistence.UnregisteredBanStore;

/**
 * Use cases of the agency registry. Each change loads the agency, runs one domain command
 * and stores it on the basis of the version the client read.
 */
@Service
public class AgencyRegistry {

	private final AgencyRepository agencies;

	private final Clock clock;

	private final UnregisteredBanStore unregisteredBans;

	AgencyRegistry(AgencyRepository agencies, Clock clock, UnregisteredBanStore unregisteredBans) {
		this.agencies = agencies;
		this.unregisteredBans = unregisteredBans;
		this.clock = clock;
	}

	/**
	 * @param agencyId the id the agency signs in with; a second registration under the
	 * same id is refused (409) like a second one with the same credit code
	 */
	public StoredAgency register(String name, String creditCode, Optional<String> agencyId) {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(creditCode);
		return this.agencies
			.insert(Agency.register(agencyId.orElseGet(() -> "agency-" + UUID.randomUUID()), name, code));
	}

	public StoredAgency read(Caller caller, String agencyId) {
		Jurisdiction.requireMaySee(caller, agencyId);
		return this.agencies.findById(agencyId).orElseThrow(() -> Jurisdiction.agencyNotFound(agencyId));
	}

	public StoredAgency recordGrade(Caller caller, String agencyId, GradeAssessment assessment, long clientVersion) {
		StoredAgency stored = changeable(caller, agencyId);
		stored.agency().recordAssessment(assessment);
		return this.agencies.save(stored.basedOn(clientVersion), List.of());
	}

	public StoredAgency changeCreditStatus(Caller caller, String agencyId, CreditStatus status, String reason,
			long clientVersion) {
		StoredAgency stored = changeable(caller, agencyId);
		stored.agency().changeCreditStatus(status);
		return this.agencies.save(stored.withCreditStatusReason(reason).basedOn(clientVersion), List.of());
	}

	/**
	 * Whether the agency may bid on the day. An agency the registry does not know is
	 * eligible too, unless a final 不合格 banned it: registration is never a precondition to
	 * bid, nor a way around a ban.
	 */
	public EligibilityAnswer eligibility(Caller caller, String agencyId, LocalDate on) {
		Jurisdiction.requireMaySee(caller, agencyId);
		return EligibilityAnswer.of(agencyId, on, () -> requireMayBid(agencyId, on));
	}

	/**
	 * The one place that decides whether an agency may bid on the day, for the
	 * eligibility endpoint and for bidding alike: a ban is kept on the agency's record,
	 * or, for an agency the registry does not know (or did not know when it was banned),
	 * on a record of its own, so both are read.
	 * @throws cn.shegong.platform.problem.ProblemException if a rule refuses the bid
	 */
	public BidEligibility requireMayBid(String agencyId, LocalDate on) {
		return BidEligibility.check(this.agencies.findById(agencyId).map(StoredAgency::agency),
				this.unregisteredBans.find(agencyId).map(UnregisteredBanStore.Stored::bans), on);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private StoredAgency changeable(Caller caller, String agencyId) {
		StoredAgency stored = read(caller, agencyId);
		Jurisdiction.requireMayChange(caller, stored.agency());
		return stored;
	}

}
