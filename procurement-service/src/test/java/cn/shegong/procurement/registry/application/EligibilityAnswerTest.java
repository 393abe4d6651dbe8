package cn.shegong.procurement.registry.application;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.registry.RegistryFixtures;
import cn.shegong.procurement.registry.model.Agency;
import cn.shegong.procurement.registry.model.BanPolicy;
import cn.shegong.procurement.registry.model.BidEligibility;
import cn.shegong.procurement.registry.model.UnifiedSocialCreditCode;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityAnswerTest {

	static final LocalDate ON = LocalDate.of(2025, 6, 1);

	@Test
	void anEligibleAgencyIsAnsweredWithItsOutcomeAndNoRule() {
		EligibilityAnswer answer = EligibilityAnswer.check("AG-1", Optional.of(agency()), ON);

		assertThat(answer.eligible()).isTrue();
		assertThat(answer.outcome()).contains(BidEligibility.ELIGIBLE_AS_REGISTERED);
		assertThat(answer.rule()).isEmpty();
		assertThat(answer.detail()).isEmpty();
	}

	@Test
	void anUnknownAgencyIsEligibleWithoutRegistration() {
		assertThat(EligibilityAnswer.check("AG-X", Optional.empty(), ON).outcome())
			.contains(BidEligibility.ELIGIBLE_WITHOUT_REGISTRATION);
	}

	@Test
	void aRefusalOfTheDomainBecomesAnAnswerNamingTheRule() {
		Agency banned = agency();
		banned.ban(BanPolicy.defaults().banFor(ON.minusMonths(1), "EV-1"));

		EligibilityAnswer answer = EligibilityAnswer.check("AG-1", Optional.of(banned), ON);

		assertThat(answer.eligible()).isFalse();
		assertThat(answer.outcome()).isEmpty();
		assertThat(answer.rule()).contains("agency-banned");
		assertThat(answer.detail()).hasValueSatisfying((detail) -> assertThat(detail).contains("EV-1"));
		assertThat(answer.on()).isEqualTo(ON);
	}

	private static Agency agency() {
		return Agency.register("AG-1", "某社工机构",
				UnifiedSocialCreditCode.parse(RegistryFixtures.freshCreditCode(RegistryFixtures.HAINING)));
	}

}
