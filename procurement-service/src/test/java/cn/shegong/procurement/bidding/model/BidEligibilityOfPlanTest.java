package cn.shegong.procurement.bidding.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.staffing.model.PlannedPosition;
import cn.shegong.procurement.staffing.model.StaffRole;
import cn.shegong.procurement.staffing.model.StaffingPlan;
import cn.shegong.procurement.staffing.model.StaffingPlans;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BidEligibilityOfPlanTest {

	/** 1.2 × a local average wage of 8,000 CNY a month. */
	private static final Money FLOOR = Money.ofYuan(8_000).times(new BigDecimal("1.2"));

	private final BidEligibilityOfPlan eligibility = new BidEligibilityOfPlan(StaffingRequirement.defaults());

	@Test
	void aCompliantPlanPaidAboveTheFloorIsEligible() {
		assertThat(this.eligibility.check(StaffingPlans.compliantStation(), FLOOR).isCompliant()).isTrue();
	}

	@Test
	void aPlanWithThreeCertifiedOfSixIsRefusedNamingEachShortfall() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.eligibility.check(StaffingPlans.fullTimeTeam(6, 3), FLOOR))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("staffing-plan-insufficient"))
			.withMessageContaining("too-few-certified, certified-ratio-too-low")
			.withMessageContaining("3/6");
	}

	@Test
	void payExactlyAtTheFloorIsEnough() {
		StaffingPlan plan = StaffingPlans.plus(StaffingPlans.compliantStation(),
				new PlannedPosition(StaffRole.FRONTLINE, "社工 庚", true, PlannedPosition.FULL_TIME, FLOOR));

		assertThat(this.eligibility.check(plan, FLOOR).isCompliant()).isTrue();
	}

	@Test
	void aFullTimeWorkerPaidOneFenBelowTheFloorIsRefusedByName() {
		StaffingPlan plan = StaffingPlans.plus(StaffingPlans.compliantStation(), new PlannedPosition(
				StaffRole.ASSISTANT, "辅助 庚", true, PlannedPosition.FULL_TIME, FLOOR.minus(Money.ofFen(1))));

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.eligibility.check(plan, FLOOR))
			.satisfies(ex -> assertThat(ex.rule()).isEqualTo("salary-below-floor"))
			.withMessageContaining("辅助 庚 (辅助人员) at ¥9599.99")
			.withMessageContaining("¥9600.00");
	}

	@Test
	void theFloorAppliesToTheStationHeadToo() {
		StaffingPlan plan = StaffingPlans.plus(StaffingPlans.compliantStation(), new PlannedPosition(
				StaffRole.STATION_HEAD, "站长 辛", true, PlannedPosition.FULL_TIME, Money.ofYuan(5_000)));

		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> this.eligibility.check(plan, FLOOR))
			.withMessageContaining("站长 辛");
	}

	@Test
	void aPartTimePositionPaidProRataIsNotHeldToTheFullTimeFloor() {
		StaffingPlan plan = StaffingPlans.plus(StaffingPlans.compliantStation(),
				StaffingPlans.partTime(StaffRole.FRONTLINE, "社工 兼职", true, 5_000));

		assertThat(this.eligibility.check(plan, FLOOR).isCompliant()).isTrue();
	}

}
