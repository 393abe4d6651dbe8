package cn.shegong.procurement.plan.model;

import java.time.Year;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchasePlanTest {

	private final PurchasePlan plan = PurchasePlan.open("plan-2027", "buyer-330481", Year.of(2027),
			Money.ofYuan(1_000_000));

	@Test
	void projectsTakeTheirShareOfThePlanUpToTheWholeBudget() {
		this.plan.allocate("prj-1", Money.ofYuan(600_000));
		this.plan.allocate("prj-2", Money.ofYuan(400_000));

		assertThat(this.plan.remaining()).isEqualTo(Money.ZERO);
	}

	@Test
	void anAllocationBeyondThePlanIsRefusedAndNothingChanges() {
		this.plan.allocate("prj-1", Money.ofYuan(600_000));

		assertThatThrownBy(() -> this.plan.allocate("prj-2", Money.ofYuan("400000.01")))
			.isInstanceOf(ProblemException.class)
			.extracting((ex) -> ((ProblemException) ex).rule())
			.isEqualTo("plan-budget-exceeded");
		assertThat(this.plan.allocated()).isEqualTo(Money.ofYuan(600_000));
	}

	@Test
	void changingAProjectsAllocationReplacesItRatherThanAddingToIt() {
		this.plan.allocate("prj-1", Money.ofYuan(900_000));
		this.plan.allocate("prj-1", Money.ofYuan(1_000_000));

		assertThat(this.plan.allocated()).isEqualTo(Money.ofYuan(1_000_000));
	}

	@Test
	void aPlanWithoutBudgetIsRefused() {
		assertThatThrownBy(() -> PurchasePlan.open("p", "b", Year.of(2027), Money.ZERO))
			.isInstanceOf(ProblemException.class);
	}

}
