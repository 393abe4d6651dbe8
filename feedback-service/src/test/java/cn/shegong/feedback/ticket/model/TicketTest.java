package cn.shegong.feedback.ticket.model;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static cn.shegong.feedback.ticket.model.TicketMother.RECEIVED;
import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class TicketTest {

	private static final Duration DEADLINE = Duration.ofHours(48);

	private static final Duration QUIET = Duration.ofDays(7);

	@Test
	void aTicketIsDueFortyEightHoursAfterReceiptWithATargetOfTwentyFour() {
		Ticket ticket = TicketMother.complaint();

		assertThat(ticket.status()).isEqualTo(TicketStatus.RECEIVED);
		assertThat(ticket.deadline()).isEqualTo(RECEIVED.plus(DEADLINE));
		assertThat(ticket.targetAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(24)));
	}

	@Test
	void aResolutionAtExactlyTheDeadlineIsOnTime() {
		assertThat(TicketMother.resolvedAfter(DEADLINE).isLate(RECEIVED.plus(Duration.ofDays(30)))).isFalse();
	}

	@Test
	void aResolutionOneSecondAfterTheDeadlineIsLate() {
		assertThat(TicketMother.resolvedAfter(DEADLINE.plusSeconds(1)).isLate(RECEIVED)).isTrue();
	}

	@Test
	void anUnresolvedTicketIsOverdueOnlyAfterTheDeadline() {
		Ticket ticket = TicketMother.complaint().acknowledge(RECEIVED);

		assertThat(ticket.isOverdue(RECEIVED.plus(DEADLINE))).isFalse();
		assertThat(ticket.isOverdue(RECEIVED.plus(DEADLINE).plusSeconds(1))).isTrue();
	}

	@Test
	void anOverdueTicketEscalatesOnceInItsLife() {
		Instant late = RECEIVED.plus(DEADLINE).plusSeconds(1);

		Ticket escalated = TicketMother.complaint().escalate(late).orElseThrow();

		assertThat(escalated.escalatedAt()).isEqualTo(late);
		assertThat(escalated.escalate(late.plusSeconds(3600))).isEmpty();
	}

	@Test
	void aTicketNotYetOverdueOrAlreadyResolvedDoesNotEscalate() {
		assertThat(TicketMother.complaint().escalate(RECEIVED.plus(DEADLINE))).isEmpty();
		assertThat(TicketMother.resolvedAfter(Duration.ofHours(1)).escalate(RECEIVED.plus(Duration.ofDays(3))))
			.isEmpty();
	}

	@Test
	void praiseRunsNoClockAndClosesOnAcknowledgement() {
		Ticket praise = TicketMother.received(TicketCategory.PRAISE);

		assertThat(praise.isOverdue(RECEIVED.plus(Duration.ofDays(30)))).isFalse();
		Ticket acknowledged = praise.acknowledge(RECEIVED.plusSeconds(5));
		assertThat(acknowledged.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(acknowledged.history()).extracting(StateChange::status)
			.containsExactly(TicketStatus.RECEIVED, TicketStatus.ACKNOWLEDGED, TicketStatus.CLOSED);
	}

	@Test
	void theAgencyMovesAComplaintThroughItsStatesAndTheHistoryKeepsTheReply() {
		Ticket resolved = TicketMother.complaint()
			.acknowledge(RECEIVED.plusSeconds(60))
			.startProgress(RECEIVED.plusSeconds(120))
			.resolve("已修好", RECEIVED.plusSeconds(180));

		assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(resolved.resolvedAt()).isEqualTo(RECEIVED.plusSeconds(180));
		assertThat(resolved.history()).extracting(StateChange::status)
			.containsExactly(TicketStatus.RECEIVED, TicketStatus.ACKNOWLEDGED, TicketStatus.IN_PROGRESS,
					TicketStatus.RESOLVED);
		assertThat(resolved.history().get(3).note()).isEqualTo("已修好");
	}

	@Test
	void aTicketCannotBeResolvedBeforeItIsAcknowledged() {
		assertThat(refusalOf(() -> TicketMother.complaint().resolve("done", RECEIVED)).rule())
			.isEqualTo("ticket-transition-not-allowed");
	}

	@Test
	void aTicketCannotBeAcknowledgedTwice() {
		Ticket acknowledged = TicketMother.complaint().acknowledge(RECEIVED);

		assertThat(refusalOf(() -> acknowledged.acknowledge(RECEIVED)).rule())
			.isEqualTo("ticket-transition-not-allowed");
	}

	@Test
	void onlyAResolvedTicketCanBeConfirmedOrReopened() {
		Ticket acknowledged = TicketMother.complaint().acknowledge(RECEIVED);

		assertThat(refusalOf(() -> acknowledged.confirm(RECEIVED)).rule()).isEqualTo("ticket-transition-not-allowed");
		assertThat(refusalOf(() -> acknowledged.reopen("still broken", RECEIVED)).rule())
			.isEqualTo("ticket-transition-not-allowed");
	}

	@Test
	void theResidentConfirmingAResolutionClosesTheTicket() {
		Ticket closed = TicketMother.resolvedAfter(Duration.ofHours(2)).confirm(RECEIVED.plus(Duration.ofHours(3)));

		assertThat(closed.isClosed()).isTrue();
		assertThat(closed.resolvedAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
	}

	@Test
	void reopeningCountsAndKeepsTheOriginalDeadline() {
		Ticket reopened = TicketMother.resolvedAfter(Duration.ofHours(2))
			.reopen("路灯还是不亮", RECEIVED.plus(Duration.ofHours(3)));

		assertThat(reopened.status()).isEqualTo(TicketStatus.REOPENED);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(reopened.deadline()).isEqualTo(RECEIVED.plus(DEADLINE));
		assertThat(reopened.resolvedAt()).isNull();
		assertThat(reopened.isOverdue(RECEIVED.plus(DEADLINE).plusSeconds(1))).isTrue();
	}

	@Test
	void aReopenedTicketResolvedAfterTheOriginalDeadlineIsLate() {
		Ticket again = TicketMother.resolvedAfter(Duration.ofHours(2))
			.reopen("路灯还是不亮", RECEIVED.plus(Duration.ofHours(3)))
			.startProgress(RECEIVED.plus(Duration.ofHours(4)))
			.resolve("换了整套线路", RECEIVED.plus(DEADLINE).plusSeconds(1));

		assertThat(again.reopenCount()).isEqualTo(1);
		assertThat(again.isLate(again.resolvedAt())).isTrue();
	}

	@Test
	void reopeningNeedsAReason() {
		Ticket resolved = TicketMother.resolvedAfter(Duration.ofHours(2));

		assertThat(refusalOf(() -> resolved.reopen("  ", RECEIVED)).rule()).isEqualTo("reopen-needs-reason");
	}

	@Test
	void aResolutionLeftUnansweredClosesAtExactlyTheEndOfTheQuietPeriod() {
		Ticket resolved = TicketMother.resolvedAfter(Duration.ofHours(2));
		Instant quietEnds = resolved.resolvedAt().plus(QUIET);

		assertThat(resolved.closeQuietly(quietEnds.minusSeconds(1), QUIET)).isEmpty();
		Ticket closed = resolved.closeQuietly(quietEnds, QUIET).orElseThrow();
		assertThat(closed.isClosed()).isTrue();
	}

	@Test
	void onlyAResolvedTicketClosesQuietly() {
		Ticket reopened = TicketMother.resolvedAfter(Duration.ofHours(2)).reopen("no", RECEIVED.plusSeconds(10_000));

		assertThat(reopened.closeQuietly(RECEIVED.plus(Duration.ofDays(60)), QUIET)).isEmpty();
	}

}
