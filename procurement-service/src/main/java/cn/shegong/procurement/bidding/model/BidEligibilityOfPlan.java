package cn.shegong.procurement.bidding.model;

import java.util.List;
import java.util.stream.Collectors;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.procurement.money.model.Money;
import cn.shegong.procurement.staffing.model.PlannedPosition;
import cn.shegong.procurement.staffing.model.Shortfall;
import cn.shegong.procurement.staffing.model.StaffingAssessment;
import cn.shegong.procurement.staffing.model.StaffingPlan;
import cn.shegong.procurement.staffing.model.StaffingRequirement;

/**
 * Whether a bid's staffing plan meets the project's stated conditions: the team the
 * project requires, and full-time pay at or above the salary floor (1.2 × the local
 * average wage by default [SEED 003], worked out by the caller, who knows the city's
 * wage). The agency's ban and credit status are checked elsewhere.
 */
public record BidEligibilityOfPlan(StaffingRequirement requirement) {

	public BidEligibilityOfPlan {
		if (requirement == null) {
			throw new IllegalArgumentException("eligibility needs the project's staffing requirement");
		}
	}

	/**
	 * Refuses a plan that falls short; returns the assessment of one that does not.
	 * @param monthlySalaryFloor the least monthly pay of a full-time position
	 */
	public StaffingAssessment check(StaffingPlan plan, Money monthlySalaryFloor) {
		StaffingAssessment assessment = this.requirement.isMetBy(plan);
		if (!assessment.isCompliant()) {
			String rules = String.join(", ", assessment.shortfallRules());
			throw ProblemException.ruleViolated("staffing-plan-insufficient",
					"The staffing plan does not meet the project's requirement (" + rules + "): " + details(assessment),
					rules);
		}
		requireSalariesAtLeast(plan, monthlySalaryFloor);
		return assessment;
	}

	private static String details(StaffingAssessment assessment) {
		return assessment.shortfalls().stream().map(Shortfall::detail).collect(Collectors.joining(" "));
	}

	// Every full-time position, station head and supervisors included: the floor protects
	// the pay of all full-time social-work staff, not only the frontline.
	private static void requireSalariesAtLeast(StaffingPlan plan, Money floor) {
		List<PlannedPosition> underpaid = plan.fullTimePositions()
			.stream()
			.filter(position -> floor.isGreaterThan(position.monthlySalary()))
			.toList();
		if (!underpaid.isEmpty()) {
			String positions = underpaid.stream()
				.map(position -> position.label() + " at " + position.monthlySalary())
				.collect(Collectors.joining(", "));
			throw ProblemException.ruleViolated("salary-below-floor",
					"Full-time pay must be at least " + floor + " a month; below it: " + positions + ".", floor,
					positions);
		}
	}

}
