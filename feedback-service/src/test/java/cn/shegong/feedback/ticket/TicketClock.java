package cn.shegong.feedback.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved forward on demand, so an integration test can let a day pass and
 * watch a ticket go overdue. Never goes back: what is overdue stays overdue.
 */
public final class TicketClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset;

	private TicketClock(ZoneId zone, AtomicReference<Duration> offset) {
		this.zone = zone;
		this.offset = offset;
	}

	/** The platform's zone, not moved yet. */
	public static TicketClock inShanghai() {
		return new TicketClock(ZoneId.of("Asia/Shanghai"), new AtomicReference<>(Duration.ZERO));
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
		return new TicketClock(zone, this.offset);
	}

}
