package cn.shegong.feedback.measure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved forward on demand, so an integration test can let a month end
 * and watch its measure be published. Never goes back: a closed period stays closed.
 */
public final class MeasureClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	private MeasureClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	/** The platform's zone, not moved yet. */
	public static MeasureClock inShanghai() {
		return new MeasureClock(ZoneId.of("Asia/Shanghai"), new AtomicReference<>(Duration.ZERO));
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
		return new MeasureClock(zone, this.offset);
	}

}
