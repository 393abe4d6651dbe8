package cn.shegong.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MovableClockTest {

	private static final Instant NOON = Instant.parse("2027-03-01T04:00:00Z");

	@Test
	void aClockNotMovedTellsTheTimeOfTheClockUnderIt() {
		MovableClock clock = MovableClock.over(Clock.fixed(NOON, ZoneOffset.UTC));

		assertThat(clock.instant()).isEqualTo(NOON);
		assertThat(clock.offset()).isZero();
	}

	@Test
	void advancingMovesTheClockForwardByTheStepAndKeepsTheOffset() {
		MovableClock clock = MovableClock.over(Clock.fixed(NOON, ZoneOffset.UTC));

		clock.advance(Duration.ofDays(8));
		Instant now = clock.advance(Duration.ofHours(2));

		assertThat(now).isEqualTo(NOON.plus(Duration.ofDays(8)).plusSeconds(7200));
		assertThat(clock.offset()).isEqualTo(Duration.ofHours(194));
	}

	@Test
	void theClockNeverGoesBack() {
		MovableClock clock = MovableClock.over(Clock.fixed(NOON, ZoneOffset.UTC));

		assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)));
		assertThat(clock.instant()).isEqualTo(NOON);
	}

	@Test
	void aZonedViewMovesWithTheClockItCameFrom() {
		MovableClock clock = MovableClock.over(Clock.fixed(NOON, ZoneOffset.UTC));
		Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

		clock.advance(Duration.ofDays(1));

		assertThat(shanghai.instant()).isEqualTo(NOON.plus(Duration.ofDays(1)));
		assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
	}

}
