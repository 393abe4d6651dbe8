package cn.shegong.procurement.money.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

	@Test
	void yuanWithTwoDecimalsBecomesWholeFen() {
		assertThat(Money.ofYuan("480000.05").fen()).isEqualTo(48_000_005L);
		assertThat(Money.ofYuan(300_000).fen()).isEqualTo(30_000_000L);
	}

	@Test
	void aThirdDecimalIsRefusedRatherThanRounded() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.ofYuan("1.005"));
	}

	@Test
	void sharesRoundHalfUpToTheFen() {
		assertThat(Money.ofFen(1).share(5_000)).isEqualTo(Money.ofFen(1));
		assertThat(Money.ofYuan(100).share(3_000)).isEqualTo(Money.ofYuan(30));
		assertThat(Money.ofFen(333).share(3_333)).isEqualTo(Money.ofFen(111));
	}

	@Test
	void thirtyThirtyFortySplitOfAContractAddsUpToTheContract() {
		Money contract = Money.ofYuan("480000.01");
		Money first = contract.share(3_000);
		Money second = contract.share(3_000);
		Money last = contract.minus(first).minus(second);

		assertThat(first.plus(second).plus(last)).isEqualTo(contract);
	}

	@Test
	void ratioInBasisPoints() {
		assertThat(Money.ofYuan(70).basisPointsOf(Money.ofYuan(100))).isEqualTo(7_000);
		assertThat(Money.ofYuan(2).basisPointsOf(Money.ofYuan(3))).isEqualTo(6_667);
	}

	@Test
	void timesADecimalFactorRoundsToTheFen() {
		assertThat(Money.ofYuan(8_000).times(new BigDecimal("1.2"))).isEqualTo(Money.ofYuan(9_600));
	}

	@Test
	void printsAsYuan() {
		assertThat(Money.ofFen(48_000_005L)).hasToString("¥480000.05");
	}

}
