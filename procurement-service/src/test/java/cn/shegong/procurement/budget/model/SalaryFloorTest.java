package cn.shegong.procurement.budget.model;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;

import static cn.shegong.platform.test.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SalaryFloorTest {

	private final SalaryFloor floor = SalaryFloor.of(Money.ofYuan(8_000), BudgetRules.defaults());

	@Test
	void floorIsOnePointTwoTimesTheLocalAverageWage() {
		assertThat(this.floor.minimumMonthlySalary()).isEqualTo(Money.ofYuan(9_600));
	}

	@Test
	void salaryExactlyAtTheFloorIsAccepted() {
		assertThat(this.floor.isMetBy(Money.ofYuan(9_600))).isTrue();
		assertThatNoException().isThrownBy(() -> this.floor.check(Money.ofYuan(9_600)));
	}

	@Test
	void salaryOneFenBelowTheFloorIsRefusedWithTheFloorAndTheAverage() {
		ProblemException refusal = refusalOf(() -> this.floor.check(Money.ofYuan("9599.99")));

		assertThat(refusal.rule()).isEqualTo("salary-below-floor");
		assertThat(refusal).hasMessage(
				"monthly salary ¥9599.99 is below the floor ¥9600.00 (120.00% of the local average wage ¥8000.00)");
	}

	@Test
	void floorOfAnOddAverageRoundsUpToTheFen() {
		// 1.2 × 8,000.01 = 9,600.012: 9,600.01 would still be below it.
		SalaryFloor oddFloor = SalaryFloor.of(Money.ofYuan("8000.01"), BudgetRules.defaults());

		assertThat(oddFloor.minimumMonthlySalary()).isEqualTo(Money.ofYuan("9600.02"));
		assertThat(oddFloor.isMetBy(Money.ofYuan("9600.01"))).isFalse();
		assertThat(oddFloor.isMetBy(Money.ofYuan("9600.02"))).isTrue();
	}

	@Test
	void multipleOfTheAverageIsConfigurable() {
		SalaryFloor oneAndAHalf = new SalaryFloor(Money.ofYuan(8_000), 15_000);

		assertThat(oneAndAHalf.minimumMonthlySalary()).isEqualTo(Money.ofYuan(12_000));
		assertThat(refusalOf(() -> oneAndAHalf.check(Money.ofYuan(11_000)))).hasMessageContaining("150.00%");
	}

	@Test
	void averageWageOfZeroIsRefused() {
		ProblemException refusal = refusalOf(() -> SalaryFloor.of(Money.ZERO, BudgetRules.defaults()));

		assertThat(refusal.rule()).isEqualTo("invalid-salary-floor");
		assertThat(refusal).hasMessageContaining("¥0.00");
	}

}
