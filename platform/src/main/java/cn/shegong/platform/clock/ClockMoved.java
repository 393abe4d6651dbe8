package cn.shegong.platform.clock;

import java.time.Instant;

/**
 * Published inside a service when its test clock was moved forward. The checks that a
 * timer runs (a milestone falling due, a registration lapsing, a ticket going overdue)
 * listen for it and run at once, so that moving the clock past midnight does what
 * midnight does, before the move is answered. Only the {@code test-clock} profile ever
 * publishes it.
 *
 * @param from the service's time before the move
 * @param to the service's time after it
 */
public record ClockMoved(Instant from, Instant to) {

}
