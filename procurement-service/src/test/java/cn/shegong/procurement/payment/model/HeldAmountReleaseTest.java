package cn.shegong.procurement.payment.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class HeldAmountReleaseTest {

	private static final LocalDate VERIFIED_ON = LocalDate.of(2025, 11, 20);

	private final PayoutPolicy policy = PayoutPolicy.defaults();

	@Test
	void heldTenPercentOfAPassIsPayableOnceRectificationIsVerified() {
		Payout pass = this.policy.payoutFor(Grade.PASS, Money.ofFen(12_345));

		HeldAmountRelease release = this.policy.releaseHeld(pass, VERIFIED_ON);

		assertThat(release).isEqualTo(new HeldAmountRelease(Money.ofFen(1_235), VERIFIED_ON));
		assertThat(pass.released().plus(release.payable())).isEqualTo(Money.ofFen(12_345));
	}

	@Test
	void heldAmountIsNotReleasedWithoutAVerifiedRectification() {
		Payout pass = this.policy.payoutFor(Grade.PASS, Money.ofYuan(144_000));

		ProblemException refusal = refusalOf(() -> this.policy.releaseHeld(pass, null));

		assertThat(refusal.rule()).isEqualTo("rectification-not-verified");
		assertThat(refusal).hasMessage("the held ¥14400.00 is released only once rectification is verified");
	}

	@Test
	void failedTrancheHasNothingToReleaseOnRectificationOnly() {
		Payout fail = this.policy.payoutFor(Grade.FAIL, Money.ofYuan(144_000));

		ProblemException refusal = refusalOf(() -> this.policy.releaseHeld(fail, VERIFIED_ON));

		assertThat(refusal.rule()).isEqualTo("no-amount-held");
		assertThat(refusal.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
		assertThat(refusal).hasMessageContaining("withheld ¥144000.00 waits for a re-evaluation");
	}

}
