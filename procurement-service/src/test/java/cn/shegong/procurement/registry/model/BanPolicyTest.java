package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BanPolicyTest {

	private static final LocalDate FINAL_ON = LocalDate.of(2025, 3, 15);

	@Test
	void finalFailBansAgencyForTwelveMonthsByDefault() {
		BanPeriod ban = BanPolicy.defaults().banFor(FINAL_ON, "EV-7");

		assertThat(ban).isEqualTo(new BanPeriod(FINAL_ON, LocalDate.of(2026, 3, 15), "final-grade-fail", "EV-7"));
	}

	@Test
	void banStartsOnTheDayTheGradeBecameFinal() {
		BanPeriod ban = BanPolicy.defaults().banFor(FINAL_ON, "EV-7");

		assertThat(ban.isActiveOn(FINAL_ON)).isTrue();
		assertThat(ban.isActiveOn(FINAL_ON.minusDays(1))).isFalse();
	}

	@Test
	void twelveMonthBanEndsTheDayBeforeTheAnniversary() {
		BanPeriod ban = BanPolicy.defaults().banFor(FINAL_ON, "EV-7");

		assertThat(ban.isActiveOn(LocalDate.of(2026, 3, 14))).isTrue();
		assertThat(ban.isActiveOn(LocalDate.of(2026, 3, 15))).isFalse();
	}

	@Test
	void cityMayConfigureAShorterBan() {
		assertThat(new BanPolicy(6).banFor(FINAL_ON, "EV-7").until()).isEqualTo(LocalDate.of(2025, 9, 15));
	}

	@Test
	void banFromALeapDayEndsAtTheEndOfFebruary() {
		assertThat(BanPolicy.defaults().banFor(LocalDate.of(2024, 2, 29), "EV-7").until())
			.isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void oneMonthIsTheShortestBan() {
		assertThat(new BanPolicy(1).banMonths()).isEqualTo(1);
	}

	@Test
	void zeroMonthBanIsRefused() {
		assertThatThrownBy(() -> new BanPolicy(0)).isInstanceOf(ProblemException.class)
			.hasMessageContaining("configured 0")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("ban-months-not-positive");
	}

}
