package cn.shegong.feedback.ticket.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static cn.shegong.feedback.ticket.model.TicketMother.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

class TicketMeasuresTest {

	private static final Instant LONG_AFTER = RECEIVED.plus(Duration.ofDays(20));

	@Test
	void closedOnTimeOverClosedPlusOpenOverdueTickets() {
		List<Ticket> tickets = List.of(TicketMother.closedAfter(Duration.ofHours(10)),
				TicketMother.closedAfter(Duration.ofHours(48)), TicketMother.closedAfter(Duration.ofHours(49)),
				TicketMother.complaint().acknowledge(RECEIVED));

		TicketMeasures measures = TicketMeasures.of(tickets, LONG_AFTER);

		assertThat(measures.received()).isEqualTo(4);
		assertThat(measures.closed()).isEqualTo(3);
		assertThat(measures.closedOnTime()).isEqualTo(2);
		assertThat(measures.openOverdue()).isEqualTo(1);
		assertThat(measures.onTimeRate()).hasValue(0.5);
	}

	@Test
	void anOpenTicketStillWithinItsDeadlineCountsNeitherWay() {
		List<Ticket> tickets = List.of(TicketMother.closedAfter(Duration.ofHours(10)), TicketMother.complaint());

		TicketMeasures measures = TicketMeasures.of(tickets, RECEIVED.plus(Duration.ofHours(48)));

		assertThat(measures.pending()).isEqualTo(1);
		assertThat(measures.openOverdue()).isZero();
		assertThat(measures.onTimeRate()).hasValue(1.0);
	}

	@Test
	void aResolvedButUnconfirmedTicketIsPendingIfOnTimeAndCountsAgainstIfLate() {
		List<Ticket> tickets = List.of(TicketMother.resolvedAfter(Duration.ofHours(10)),
				TicketMother.resolvedAfter(Duration.ofHours(50)));

		TicketMeasures measures = TicketMeasures.of(tickets, RECEIVED.plus(Duration.ofHours(60)));

		assertThat(measures.pending()).isEqualTo(1);
		assertThat(measures.openOverdue()).isEqualTo(1);
		assertThat(measures.onTimeRate()).hasValue(0.0);
	}

	@Test
	void praiseIsReceivedButNotHeldToTheClock() {
		Ticket praise = TicketMother.received(TicketCategory.PRAISE).acknowledge(RECEIVED);

		TicketMeasures measures = TicketMeasures.of(List.of(praise), LONG_AFTER);

		assertThat(measures.received()).isEqualTo(1);
		assertThat(measures.closed()).isZero();
		assertThat(measures.onTimeRate()).isEmpty();
	}

	@Test
	void noSettledTicketGivesNoRate() {
		assertThat(TicketMeasures.of(List.of(), LONG_AFTER).onTimeRate()).isEmpty();
	}

}
