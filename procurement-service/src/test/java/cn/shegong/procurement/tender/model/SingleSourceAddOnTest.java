package cn.shegong.procurement.tender.model;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.money.model.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SingleSourceAddOnTest {

	private static final Money ORIGINAL = Money.ofYuan(480_000);

	private final TenderRules rules = TenderRules.defaults();

	@Test
	void anAddOnOfExactlyTenPercentIsAllowed() {
		assertThat(SingleSourceAddOn.check(ORIGINAL, Money.ZERO, Money.ofYuan(48_000), this.rules))
			.isEqualTo(Money.ofYuan(48_000));
	}

	@Test
	void oneFenOverTenPercentIsRefused() {
		Money requested = Money.ofYuan(48_000).plus(Money.ofFen(1));

		assertThat(Problems.ruleViolated("single-source-add-on-too-large",
				() -> SingleSourceAddOn.check(ORIGINAL, Money.ZERO, requested, this.rules)))
			.hasMessageContaining("¥48000.01")
			.hasMessageContaining("1000 basis points")
			.hasMessageContaining("¥480000.00");
	}

	@Test
	void addOnsCountTogether() {
		Money already = Money.ofYuan(30_000);

		Problems.ruleViolated("single-source-add-on-too-large",
				() -> SingleSourceAddOn.check(ORIGINAL, already, Money.ofYuan(24_000), this.rules));
	}

	@Test
	void aSecondAddOnUpToTheRemainingShareIsAllowed() {
		assertThat(SingleSourceAddOn.check(ORIGINAL, Money.ofYuan(30_000), Money.ofYuan(18_000), this.rules))
			.isEqualTo(Money.ofYuan(48_000));
	}

	@Test
	void noRoundingLetsAFenThroughOnAnOddContract() {
		// 10% of ¥0.15 is 1.5 fen: 1 fen is within, 2 fen are not, though 1.5 would round
		// up to 2.
		Money odd = Money.ofFen(15);

		assertThat(SingleSourceAddOn.check(odd, Money.ZERO, Money.ofFen(1), this.rules)).isEqualTo(Money.ofFen(1));
		Problems.ruleViolated("single-source-add-on-too-large",
				() -> SingleSourceAddOn.check(odd, Money.ZERO, Money.ofFen(2), this.rules));
	}

	@Test
	void aCityMayConfigureItsOwnLimit() {
		TenderRules fivePercent = new TenderRules(20, 7, 7, 15, 3, 2, 500);

		Problems.ruleViolated("single-source-add-on-too-large",
				() -> SingleSourceAddOn.check(ORIGINAL, Money.ZERO, Money.ofYuan(24_001), fivePercent));
	}

	@Test
	void aNonPositiveRequestIsAProgrammingError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SingleSourceAddOn.check(ORIGINAL, Money.ZERO, Money.ZERO, this.rules));
	}

}
