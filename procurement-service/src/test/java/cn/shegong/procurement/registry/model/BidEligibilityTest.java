package cn.shegong.procurement.registry.model;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BidEligibilityTest {

	private static final LocalDate LAST_BANNED_DAY = LocalDate.of(2026, 3, 14);

	private static final LocalDate FREE_AGAIN = LocalDate.of(2026, 3, 15);

	@Test
	void agencyUnknownToTheRegistryMayStillBid() {
		assertThat(BidEligibility.check(Optional.empty(), FREE_AGAIN))
			.isEqualTo(BidEligibility.ELIGIBLE_WITHOUT_REGISTRATION);
	}

	@Test
	void anUnregisteredAgencyBannedAfterAFinalFailCannotBidUntilTheBanLapses() {
		BanPeriod ban = new BanPeriod(LocalDate.of(2025, 3, 15), FREE_AGAIN, BanPolicy.FINAL_GRADE_FAIL, "ev-1");
		Optional<UnregisteredAgencyBans> bans = Optional.of(UnregisteredAgencyBans.none("agency-x").with(ban));

		assertThatThrownBy(() -> BidEligibility.check(Optional.empty(), bans, LAST_BANNED_DAY))
			.isInstanceOfSatisfying(ProblemException.class, (ex) -> assertThat(ex.rule()).isEqualTo("agency-banned"));
		assertThat(BidEligibility.check(Optional.empty(), bans, FREE_AGAIN))
			.isEqualTo(BidEligibility.ELIGIBLE_WITHOUT_REGISTRATION);
		assertThat(bans.get().hasBanFromEvaluation("ev-1")).isTrue();
	}

	@Test
	void aBanReceivedBeforeRegisteringStillStandsAfterIt() {
		BanPeriod ban = new BanPeriod(LocalDate.of(2025, 3, 15), FREE_AGAIN, BanPolicy.FINAL_GRADE_FAIL, "ev-1");
		Optional<UnregisteredAgencyBans> bans = Optional.of(UnregisteredAgencyBans.none("agency-x").with(ban));

		assertThatThrownBy(() -> BidEligibility.check(Optional.of(Agencies.registered()), bans, LAST_BANNED_DAY))
			.isInstanceOfSatisfying(ProblemException.class, (ex) -> assertThat(ex.rule()).isEqualTo("agency-banned"));
		assertThat(BidEligibility.check(Optional.of(Agencies.registered()), bans, FREE_AGAIN))
			.isEqualTo(BidEligibility.ELIGIBLE_AS_REGISTERED);
	}

	@Test
	void registeredAgencyInGoodStandingMayBid() {
		assertThat(BidEligibility.check(Optional.of(Agencies.registered()), FREE_AGAIN))
			.isEqualTo(BidEligibility.ELIGIBLE_AS_REGISTERED);
	}

	@Test
	void warnedAgencyMayStillBid() {
		Agency agency = Agencies.registered();
		agency.changeCreditStatus(CreditStatus.WARNED);

		assertThat(BidEligibility.check(Optional.of(agency), FREE_AGAIN))
			.isEqualTo(BidEligibility.ELIGIBLE_AS_REGISTERED);
	}

	@Test
	void agencyUnderBanCannotBidAndIsToldUntilWhen() {
		Optional<Agency> agency = Optional.of(Agencies.bannedAfterFinalFail());

		assertThatThrownBy(() -> BidEligibility.check(agency, LAST_BANNED_DAY)).isInstanceOf(ProblemException.class)
			.hasMessageContaining("until 2026-03-15")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("agency-banned");
	}

	@Test
	void agencyMayBidAgainOnTheDayItsBanLapses() {
		assertThat(BidEligibility.check(Optional.of(Agencies.bannedAfterFinalFail()), FREE_AGAIN))
			.isEqualTo(BidEligibility.ELIGIBLE_AS_REGISTERED);
	}

	@Test
	void agencyOnTheDishonestyListCannotBid() {
		Optional<Agency> agency = Optional.of(Agencies.onDishonestyList());

		assertThatThrownBy(() -> BidEligibility.check(agency, FREE_AGAIN)).isInstanceOf(ProblemException.class)
			.hasMessageContaining("AG-1")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("agency-on-dishonesty-list");
	}

	@Test
	void dishonestyListIsReportedBeforeABanThatWouldLapse() {
		Agency agency = Agencies.bannedAfterFinalFail();
		agency.changeCreditStatus(CreditStatus.DISHONEST);

		assertThatThrownBy(() -> BidEligibility.check(Optional.of(agency), LAST_BANNED_DAY))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("agency-on-dishonesty-list");
	}

}
