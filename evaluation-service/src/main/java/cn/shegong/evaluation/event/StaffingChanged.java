package cn.shegong.evaluation.event;

import java.time.LocalDate;
import java.util.List;

/**
 * Evaluation's own copy of {@code talent.StaffingChanged} v1: a contract's team as talent
 * last assessed it against the staffing requirement.
 */
public record StaffingChanged(String contractId, String projectId, String agencyId, int staff, int certified,
		int certifiedRatioNumerator, int certifiedRatioDenominator, int supervisors, int supervisorsRequired,
		boolean compliant, List<Reason> reasons, LocalDate assessedOn) {

	public StaffingChanged {
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
	}

	public record Reason(String rule, String detail) {
	}

}
