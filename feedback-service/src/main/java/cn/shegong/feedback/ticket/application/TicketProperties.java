package cn.shegong.feedback.ticket.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tickets are handled, under {@code shegong.feedback.tickets}.
 *
 * @param quietPeriod how long a resolution may stand unanswered before the ticket closes
 * by itself (P7D)
 * @param listLimit the most tickets one list returns (200)
 */
@ConfigurationProperties("shegong.feedback.tickets")
public record TicketProperties(@DefaultValue("P7D") Duration quietPeriod, @DefaultValue("200") int listLimit) {

	public TicketProperties {
		if (quietPeriod == null || quietPeriod.isNegative() || quietPeriod.isZero()) {
			throw new IllegalArgumentException(
					"the quiet period before a ticket closes must be positive, was " + quietPeriod);
		}
		if (listLimit < 1) {
			throw new IllegalArgumentException("a ticket list must show at least one ticket, was " + listLimit);
		}
	}

}
