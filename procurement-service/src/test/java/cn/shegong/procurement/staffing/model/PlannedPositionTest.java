package cn.shegong.procurement.staffing.model;

import org.junit.jupiter.api.Test;

import cn.shegong.procurement.money.model.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlannedPositionTest {

	@Test
	void onlyTenThousandBasisPointsIsFullTime() {
		assertThat(StaffingPlans.fullTime(StaffRole.FRONTLINE, "社工 A", true).isFullTime()).isTrue();
		assertThat(StaffingPlans.partTime(StaffRole.FRONTLINE, "社工 B", true, 9_999).isFullTime()).isFalse();
	}

	@Test
	void anFteOfZeroOrAboveFullTimeIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlannedPosition(StaffRole.FRONTLINE, "社工 A", true, 0, Money.ofYuan(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlannedPosition(StaffRole.FRONTLINE, "社工 A", true, 10_001, Money.ofYuan(1)));
	}

	@Test
	void aPositionWithoutANameOrWithANegativeSalaryIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlannedPosition(StaffRole.FRONTLINE, " ", true, 10_000, Money.ofYuan(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlannedPosition(StaffRole.FRONTLINE, "社工 A", true, 10_000, Money.ofFen(-1)));
	}

	@Test
	void isLabelledByNameAndChineseRole() {
		assertThat(StaffingPlans.fullTime(StaffRole.SUPERVISOR, "督导 乙", true).label()).isEqualTo("督导 乙 (督导)");
	}

}
