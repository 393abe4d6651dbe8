package cn.shegong.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestClockControllerTest {

	private static final Instant START = Instant.parse("2026-03-31T15:30:00Z");

	private final MovableClock clock = MovableClock.over(Clock.fixed(START, ZoneOffset.ofHours(8)));

	private final List<Object> published = new ArrayList<>();

	private final TestClockController controller = new TestClockController(this.clock, this.published::add);

	@Test
	void movingTheClockTellsTheServiceFromWhenToWhen() {
		this.controller.advance(new TestClockController.Advance(Duration.ofHours(36)));

		assertThat(this.published).containsExactly(new ClockMoved(START, START.plus(Duration.ofHours(36))));
		assertThat(this.clock.instant()).isEqualTo(START.plus(Duration.ofHours(36)));
	}

	@Test
	void aMoveBackwardsIsRefusedAndTellsNothing() {
		assertThatThrownBy(() -> this.controller.advance(new TestClockController.Advance(Duration.ofDays(-1))))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("test-clock-moves-forward-only");
		assertThat(this.published).isEmpty();
		assertThat(this.clock.instant()).isEqualTo(START);
	}

	@Test
	void aMoveOfNothingIsRefused() {
		assertThatThrownBy(() -> this.controller.advance(new TestClockController.Advance(Duration.ZERO)))
			.isInstanceOf(ProblemException.class);
		assertThat(this.published).isEmpty();
	}

}
