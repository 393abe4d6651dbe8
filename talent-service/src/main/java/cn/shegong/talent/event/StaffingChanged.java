package cn.shegong.talent.event;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.talent.staffing.model.StaffingAssessment;

/**
 * The data of {@code talent.StaffingChanged} v1: a contract's team as assessed on a day.
 * Evaluation fills its staffing indicators from it; procurement may warn the buyer.
 */
public record StaffingChanged(String contractId, String projectId, String agencyId, int staff, int certified,
		int certifiedRatioNumerator, int certifiedRatioDenominator, int supervisors, int supervisorsRequired,
		boolean compliant, List<Reason> reasons, LocalDate assessedOn) {

	public StaffingChanged {
		reasons = List.copyOf(reasons);
	}

	public static StaffingChanged of(String contractId, String projectId, String agencyId,
			StaffingAssessment assessment) {
		return new StaffingChanged(contractId, projectId, agencyId, assessment.fullTimeStaff(), assessment.certified(),
				assessment.certifiedRatio().numerator(), assessment.certifiedRatio().denominator(),
				assessment.supervisors(), assessment.supervisorsRequired(), assessment.isCompliant(),
				assessment.shortfalls()
					.stream()
					.map((shortfall) -> new Reason(shortfall.rule(), shortfall.detail()))
					.toList(),
				assessment.assessedOn());
	}

	/** One shortfall: its rule slug (for a consumer to translate) and English detail. */
	public record Reason(String rule, String detail) {

	}

}
