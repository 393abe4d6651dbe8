package cn.shegong.feedback.ticket.application;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.feedback.ticket.model.SlaPolicy;
import cn.shegong.feedback.ticket.model.SlaTerms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TicketPropertiesTest {

	@Test
	void unsetSlaKeepsThePlatformDefault() {
		assertThat(new SlaProperties(null, null).policy().termsFor("any")).isEqualTo(SlaPolicy.PLATFORM_DEFAULT);
	}

	@Test
	void aBuyerThatSetsOnlyItsDeadlineKeepsTheDefaultTarget() {
		SlaProperties properties = new SlaProperties(null,
				Map.of("buyer-1", new SlaProperties.Terms(Duration.ofHours(36), null)));

		assertThat(properties.policy().termsFor("buyer-1"))
			.isEqualTo(new SlaTerms(Duration.ofHours(36), Duration.ofHours(24)));
		assertThat(properties.policy().termsFor("buyer-2")).isEqualTo(SlaPolicy.PLATFORM_DEFAULT);
	}

	@Test
	void aChangedDefaultAppliesToBuyersWithoutTerms() {
		SlaProperties properties = new SlaProperties(
				new SlaProperties.Terms(Duration.ofHours(24), Duration.ofHours(24)), null);

		assertThat(properties.policy().termsFor("buyer-1").deadline()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void aBuyerDeadlineShorterThanTheDefaultTargetCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new SlaProperties(null, Map.of("buyer-1", new SlaProperties.Terms(Duration.ofHours(12), null))));
	}

	@Test
	void theQuietPeriodAndTheListLimitMustBePositive() {
		assertThat(new TicketProperties(Duration.ofDays(7), 200).quietPeriod()).isEqualTo(Duration.ofDays(7));
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketProperties(Duration.ZERO, 200));
		assertThatIllegalArgumentException().isThrownBy(() -> new TicketProperties(Duration.ofDays(7), 0));
	}

}
