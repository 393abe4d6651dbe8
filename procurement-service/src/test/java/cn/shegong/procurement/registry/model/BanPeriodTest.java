package cn.shegong.procurement.registry.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BanPeriodTest {

	private static final LocalDate FROM = LocalDate.of(2025, 1, 10);

	private static final LocalDate UNTIL = LocalDate.of(2025, 2, 10);

	private final BanPeriod ban = Agencies.ban(FROM, UNTIL, "EV-1");

	@Test
	void banIsActiveFromItsFirstDay() {
		assertThat(this.ban.isActiveOn(FROM)).isTrue();
		assertThat(this.ban.isActiveOn(FROM.minusDays(1))).isFalse();
	}

	@Test
	void banIsActiveOnTheDayBeforeUntilAndLapsesOnUntil() {
		assertThat(this.ban.isActiveOn(UNTIL.minusDays(1))).isTrue();
		assertThat(this.ban.isActiveOn(UNTIL)).isFalse();
	}

	@Test
	void banLapsesInAWindowThatEndsOnItsUntilDay() {
		assertThat(this.ban.lapsedBetween(UNTIL.minusDays(1), UNTIL)).isTrue();
	}

	@Test
	void banDoesNotLapseInAWindowThatStartsOnItsUntilDay() {
		assertThat(this.ban.lapsedBetween(UNTIL, UNTIL.plusDays(5))).isFalse();
	}

	@Test
	void banDoesNotLapseInAWindowThatEndsTheDayBeforeUntil() {
		assertThat(this.ban.lapsedBetween(FROM, UNTIL.minusDays(1))).isFalse();
	}

	@Test
	void banOfOneDayIsAccepted() {
		assertThat(Agencies.ban(FROM, FROM.plusDays(1), "EV-1").isActiveOn(FROM)).isTrue();
	}

	@Test
	void banEndingOnItsFirstDayIsRefused() {
		assertThatThrownBy(() -> Agencies.ban(FROM, FROM, "EV-1")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("from 2025-01-10 until 2025-01-10")
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("ban-period-empty");
	}

	@Test
	void banWithoutASourceEvaluationIsRefused() {
		assertThatThrownBy(() -> Agencies.ban(FROM, UNTIL, " ")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("source evaluation id must not be blank");
	}

}
