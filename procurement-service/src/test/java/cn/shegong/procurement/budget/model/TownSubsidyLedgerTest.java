package cn.shegong.procurement.budget.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.budget.model.TownSubsidyLedger.PlannedSpend;
import cn.shegong.procurement.money.model.Money;

import static org.assertj.core.api.Assertions.assertThat;

class TownSubsidyLedgerTest {

	@Test
	void theEarlierProjectsOfATownUseUpTheYearlyCapAndTheLaterOnesGetTheRest() {
		Map<String, FundingSplit> splits = TownSubsidyLedger.split(List.of(
				new PlannedSpend("first", Money.ofYuan(480_000)), new PlannedSpend("second", Money.ofYuan(480_000)),
				new PlannedSpend("third", Money.ofYuan(100_000))), BudgetRules.defaults());

		assertThat(splits.get("first").citySubsidy()).isEqualTo(Money.ofYuan(192_000));
		assertThat(splits.get("first").capReached()).isFalse();
		assertThat(splits.get("second").citySubsidy()).isEqualTo(Money.ofYuan(108_000));
		assertThat(splits.get("second").townShare()).isEqualTo(Money.ofYuan(372_000));
		assertThat(splits.get("second").capReached()).isTrue();
		assertThat(splits.get("third").citySubsidy()).isEqualTo(Money.ZERO);
		assertThat(splits.get("third").townShare()).isEqualTo(Money.ofYuan(100_000));
	}

	@Test
	void aTownWithOneSmallProjectGetsFortyPercentOfItsSpend() {
		Map<String, FundingSplit> splits = TownSubsidyLedger
			.split(List.of(new PlannedSpend("only", Money.ofYuan("123456.78"))), BudgetRules.defaults());

		assertThat(splits.get("only").citySubsidy()).isEqualTo(Money.ofYuan("49382.71"));
		assertThat(splits.get("only").actualSpend()).isEqualTo(Money.ofYuan("123456.78"));
	}

}
