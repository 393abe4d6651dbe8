package cn.shegong.procurement.payment.model;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.money.model.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PayoutTest {

	@Test
	void fullReleaseIsAReleaseAndNothingElse() {
		Payout payout = new Payout(Money.ofYuan(100), Money.ZERO, Money.ZERO, "grade 良好 (GOOD)");

		assertThat(payout.isRelease()).isTrue();
		assertThat(payout.isHolding()).isFalse();
		assertThat(payout.isWithheld()).isFalse();
	}

	@Test
	void passIsAReleaseThatHoldsAPart() {
		Payout payout = new Payout(Money.ofYuan(90), Money.ofYuan(10), Money.ZERO, "grade 合格 (PASS)");

		assertThat(payout.isRelease()).isTrue();
		assertThat(payout.isHolding()).isTrue();
		assertThat(payout.isWithheld()).isFalse();
		assertThat(payout.trancheAmount()).isEqualTo(Money.ofYuan(100));
	}

	@Test
	void failIsWithheldAndNoRelease() {
		Payout payout = new Payout(Money.ZERO, Money.ZERO, Money.ofYuan(100), "grade 不合格 (FAIL)");

		assertThat(payout.isRelease()).isFalse();
		assertThat(payout.isWithheld()).isTrue();
	}

	@Test
	void negativePartIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Payout(Money.ofYuan(101), Money.ofYuan(-1), Money.ZERO, "broken"))
			.withMessageContaining("held");
	}

}
