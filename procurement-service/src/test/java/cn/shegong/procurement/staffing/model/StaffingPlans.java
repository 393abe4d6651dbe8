package cn.shegong.procurement.staffing.model;

import java.util.ArrayList;
import java.util.List;

import cn.shegong.procurement.money.model.Money;

/** Staffing plans for tests, starting from a station team that meets the defaults. */
public final class StaffingPlans {

	/** Above 1.2 × an average wage of 8000 CNY a month. */
	public static final Money DECENT_SALARY = Money.ofYuan(10_000);

	private StaffingPlans() {
	}

	/**
	 * Six full-time staff, four of them certified (exactly 2/3), one supervisor for four
	 * workers.
	 */
	public static StaffingPlan compliantStation() {
		return StaffingPlan.of(fullTime(StaffRole.STATION_HEAD, "站长 甲", true),
				fullTime(StaffRole.SUPERVISOR, "督导 乙", true), fullTime(StaffRole.FRONTLINE, "社工 丙", true),
				fullTime(StaffRole.FRONTLINE, "社工 丁", true), fullTime(StaffRole.ASSISTANT, "辅助 戊", false),
				fullTime(StaffRole.ASSISTANT, "辅助 己", false));
	}

	/** Full-time staff: one supervisor, the rest frontline, the first ones certified. */
	public static StaffingPlan fullTimeTeam(int staff, int certified) {
		List<PlannedPosition> positions = new ArrayList<>();
		positions.add(fullTime(StaffRole.SUPERVISOR, "督导 1", certified > 0));
		for (int i = 2; i <= staff; i++) {
			positions.add(fullTime(StaffRole.FRONTLINE, "社工 " + i, i <= certified));
		}
		return new StaffingPlan(positions);
	}

	/** A plan of the given supervisors and full-time frontline workers only. */
	public static StaffingPlan supervisorsAndWorkers(int supervisors, int workers) {
		List<PlannedPosition> positions = new ArrayList<>();
		for (int i = 1; i <= supervisors; i++) {
			positions.add(fullTime(StaffRole.SUPERVISOR, "督导 " + i, true));
		}
		for (int i = 1; i <= workers; i++) {
			positions.add(fullTime(StaffRole.FRONTLINE, "社工 " + i, true));
		}
		return new StaffingPlan(positions);
	}

	public static StaffingPlan plus(StaffingPlan plan, PlannedPosition position) {
		List<PlannedPosition> positions = new ArrayList<>(plan.positions());
		positions.add(position);
		return new StaffingPlan(positions);
	}

	public static PlannedPosition fullTime(StaffRole role, String name, boolean certified) {
		return new PlannedPosition(role, name, certified, PlannedPosition.FULL_TIME, DECENT_SALARY);
	}

	public static PlannedPosition partTime(StaffRole role, String name, boolean certified, int fteBasisPoints) {
		return new PlannedPosition(role, name, certified, fteBasisPoints, DECENT_SALARY.share(fteBasisPoints));
	}

}
