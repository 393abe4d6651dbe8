package cn.shegong.procurement.registry.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.registry.RegistryFixtures;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.registry.model.GradeAssessment;
import cn.shegong.procurement.registry.model.OrganisationGrade;
import cn.shegong.procurement.registry.model.UnifiedSocialCreditCode;
import cn.shegong.procurement.registry.persistence.StoredAgency;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyResponseTest {

	static final LocalDate FINAL_FAIL_ON = LocalDate.of(2025, 3, 15);

	@Test
	void aBanIsActiveOnItsLastDayAndTheResponseNamesTheDayBiddingReopens() {
		AgencyResponse response = AgencyResponse.of(bannedAgency(), LocalDate.of(2026, 3, 14));

		assertThat(response.bannedToday()).isTrue();
		assertThat(response.bannedUntil()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(response.bans()).singleElement()
			.satisfies((ban) -> assertThat(ban.reason()).isEqualTo(BanPolicy.FINAL_GRADE_FAIL));
	}

	@Test
	void aLapsedBanIsStillListedButNoLongerBans() {
		AgencyResponse response = AgencyResponse.of(bannedAgency(), LocalDate.of(2026, 3, 15));

		assertThat(response.bannedToday()).isFalse();
		assertThat(response.bannedUntil()).isNull();
		assertThat(response.bans()).hasSize(1);
	}

	@Test
	void anExpiredGradeIsShownAsNoLongerValid() {
		Agency agency = agency();
		agency.recordAssessment(
				new GradeAssessment(OrganisationGrade.A5, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));

		AgencyResponse response = AgencyResponse.of(new StoredAgency(agency, null, 2), LocalDate.of(2025, 1, 1));

		assertThat(response.grade().grade()).isEqualTo("5A");
		assertThat(response.grade().validToday()).isFalse();
		assertThat(response.version()).isEqualTo(2);
	}

	@Test
	void aNeverAssessedAgencyHasNoGrade() {
		assertThat(AgencyResponse.of(new StoredAgency(agency(), null, 0), FINAL_FAIL_ON).grade()).isNull();
	}

	private static StoredAgency bannedAgency() {
		Agency agency = agency();
		agency.ban(BanPolicy.defaults().banFor(FINAL_FAIL_ON, "EV-1"));
		return new StoredAgency(agency, null, 1);
	}

	private static Agency agency() {
		return Agency.register("AG-1", "某社工机构",
				UnifiedSocialCreditCode.parse(RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING)));
	}

}
