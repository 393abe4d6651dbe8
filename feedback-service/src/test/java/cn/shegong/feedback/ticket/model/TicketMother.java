package cn.shegong.feedback.ticket.model;

import java.time.Duration;
import java.time.Instant;

import cn.shegong.feedback.channel.model.FeedbackChannel;

/** Tickets in the states the rules talk about, on the platform's default clock. */
final class TicketMother {

	static final Instant RECEIVED = Instant.parse("2027-03-01T02:00:00Z");

	static final SlaTerms DEFAULT_TERMS = SlaPolicy.PLATFORM_DEFAULT;

	private TicketMother() {
	}

	static Ticket received(TicketCategory category) {
		return Ticket.received("t-1", "ABCDEFGHJKMN", new Ticket.Routing("prj-1", "agency-1", "buyer-1", "330481"),
				category, FeedbackChannel.ONLINE_FORM, "路灯坏了一个月没人修", ProtectedContact.NONE, RECEIVED, DEFAULT_TERMS);
	}

	static Ticket complaint() {
		return received(TicketCategory.COMPLAINT);
	}

	static Ticket resolvedAfter(Duration sinceReceipt) {
		Instant at = RECEIVED.plus(sinceReceipt);
		return complaint().acknowledge(at).resolve("已联系街道更换路灯", at);
	}

	static Ticket closedAfter(Duration sinceReceipt) {
		return resolvedAfter(sinceReceipt).confirm(RECEIVED.plus(sinceReceipt).plusSeconds(60));
	}

}
