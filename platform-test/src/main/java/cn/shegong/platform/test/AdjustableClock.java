package cn.shegong.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved forward on demand, so an integration test can let a day, a
 * deadline or a month pass and watch what the service does then. Never goes back: what
 * has lapsed stays lapsed. A test declares it as the service's {@code Clock} bean.
 */
public final class AdjustableClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	private AdjustableClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	/** The platform's zone, not moved yet. */
	public static AdjustableClock inShanghai() {
		return new AdjustableClock(ZoneId.of("Asia/Shanghai"), new AtomicReference<>(Duration.ZERO));
	}

	public void advance(Duration step) {
		if (step.isNegative()) {
			throw new IllegalArgumentException("the clock only moves forward, not by " + step);
		}
		this.offset.accumulateAndGet(step, Duration::plus);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new AdjustableClock(zone, this.offset);
	}

}
