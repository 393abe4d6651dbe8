package cn.shegong.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with the system clock but can be moved forward, so a test can let a
 * bidding period or a challenge window pass without waiting for it. It never goes back: a
 * deadline that has passed stays passed. Only the {@code test-clock} profile ever makes
 * one (see {@link TestClockAutoConfiguration}).
 */
public final class MovableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset;

	private MovableClock(Clock base, AtomicReference<Duration> offset) {
		this.base = Objects.requireNonNull(base, "base");
		this.offset = offset;
	}

	/** Running with the given clock, not moved yet. */
	public static MovableClock over(Clock base) {
		return new MovableClock(base, new AtomicReference<>(Duration.ZERO));
	}

	/** Moves the clock forward by {@code step}; returns the new now. */
	public Instant advance(Duration step) {
		if (step.isNegative()) {
			throw new IllegalArgumentException("the clock only moves forward, not by " + step);
		}
		this.offset.accumulateAndGet(step, Duration::plus);
		return instant();
	}

	/** How far ahead of the real clock this one runs. */
	public Duration offset() {
		return this.offset.get();
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return this.base.getZone();
	}

	/** The same moved time seen in another zone; moving either moves both. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(this.base.withZone(zone), this.offset);
	}

}
