package cn.shegong.feedback.ticket.model;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlaPolicyTest {

	private static final SlaTerms STRICT = new SlaTerms(Duration.ofHours(24), Duration.ofHours(12));

	@Test
	void aBuyerWithItsOwnTermsGetsThem() {
		SlaPolicy policy = new SlaPolicy(SlaPolicy.PLATFORM_DEFAULT, Map.of("buyer-strict", STRICT));

		assertThat(policy.termsFor("buyer-strict")).isEqualTo(STRICT);
	}

	@Test
	void anyOtherBuyerGetsTheDefault() {
		SlaPolicy policy = new SlaPolicy(SlaPolicy.PLATFORM_DEFAULT, Map.of("buyer-strict", STRICT));

		assertThat(policy.termsFor("buyer-other")).isEqualTo(SlaPolicy.PLATFORM_DEFAULT);
		assertThat(policy.termsFor(null)).isEqualTo(SlaPolicy.PLATFORM_DEFAULT);
	}

	@Test
	void theBuyersTermsSetTheTicketsDeadline() {
		Ticket ticket = Ticket.received("t", "C", new Ticket.Routing("p", "a", "buyer-strict", "330481"),
				TicketCategory.REQUEST, cn.shegong.feedback.channel.model.FeedbackChannel.HOTLINE, "text",
				ProtectedContact.NONE, TicketMother.RECEIVED, STRICT);

		assertThat(ticket.isOverdue(TicketMother.RECEIVED.plus(Duration.ofHours(24)).plusSeconds(1))).isTrue();
	}

	@Test
	void theDefaultIsFortyEightHoursWithATargetOfTwentyFour() {
		assertThat(SlaPolicy.PLATFORM_DEFAULT.deadline()).isEqualTo(Duration.ofHours(48));
		assertThat(SlaPolicy.PLATFORM_DEFAULT.target()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void aTargetLaterThanTheDeadlineCannotHold() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SlaTerms(Duration.ofHours(24), Duration.ofHours(24).plusSeconds(1)));
	}

	@Test
	void aDeadlineOfZeroCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SlaTerms(Duration.ZERO, Duration.ZERO));
	}

}
