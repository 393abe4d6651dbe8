package cn.shegong.feedback.ticket.model;

import java.time.Duration;

/**
 * A buyer's resolution clock in wall-clock time from receipt: the deadline beyond which a
 * ticket is overdue and escalated, and the target the buyer aims for (DOMAIN.md §5: 48 h
 * now, 24 h as the target). No working hours are assumed.
 */
public record SlaTerms(Duration deadline, Duration target) {

	public SlaTerms {
		if (deadline == null || target == null || deadline.isNegative() || deadline.isZero() || target.isNegative()
				|| target.isZero()) {
			throw new IllegalArgumentException(
					"an SLA needs a positive deadline and target, was %s and %s".formatted(deadline, target));
		}
		if (target.compareTo(deadline) > 0) {
			throw new IllegalArgumentException(
					"an SLA target (%s) cannot be later than its deadline (%s)".formatted(target, deadline));
		}
	}

}
