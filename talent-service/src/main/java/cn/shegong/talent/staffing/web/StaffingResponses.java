package cn.shegong.talent.staffing.web;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.talent.staffing.application.ContractStaffing.Assessed;
import cn.shegong.talent.staffing.model.Assignment;
import cn.shegong.talent.staffing.model.PlacedAssignment;
import cn.shegong.talent.staffing.model.StaffRole;
import cn.shegong.talent.staffing.model.StaffedContract;
import cn.shegong.talent.staffing.model.StaffingAssessment;

final class StaffingResponses {

	private StaffingResponses() {
	}

	/**
	 * One placement; {@code version} is the contract staffing's, which an end must name.
	 */
	record AssignmentResponse(String id, String workerId, StaffRole role, String roleTitle, int fteBasisPoints,
			LocalDate from, LocalDate to, long version) {

		static AssignmentResponse of(PlacedAssignment placed, long version) {
			Assignment assignment = placed.assignment();
			return new AssignmentResponse(placed.id(), assignment.workerId(), assignment.role(),
					assignment.role().chineseName(), assignment.fteBasisPoints(), assignment.from(),
					assignment.to().orElse(null), version);
		}

	}

	/** A contract's assignments at one version. */
	record AssignmentsResponse(String contractId, long version, List<AssignmentResponse> assignments) {

		static AssignmentsResponse of(StaffedContract contract, long version) {
			return new AssignmentsResponse(contract.contractId(), version,
					contract.assignments().stream().map((placed) -> AssignmentResponse.of(placed, version)).toList());
		}

	}

	/** Figures and reasons only: who the workers are is not part of it. */
	record StaffingResponse(String contractId, String projectId, String agencyId, LocalDate assessedOn, int staff,
			int certified, int certifiedRatioNumerator, int certifiedRatioDenominator, int supervisors,
			int supervisorsRequired, boolean compliant, List<Reason> reasons) {

		static StaffingResponse of(Assessed assessed) {
			StaffedContract contract = assessed.contract();
			StaffingAssessment assessment = assessed.assessment();
			return new StaffingResponse(contract.contractId(), contract.projectId(), contract.agencyId(),
					assessment.assessedOn(), assessment.fullTimeStaff(), assessment.certified(),
					assessment.certifiedRatio().numerator(), assessment.certifiedRatio().denominator(),
					assessment.supervisors(), assessment.supervisorsRequired(), assessment.isCompliant(),
					assessment.shortfalls()
						.stream()
						.map((shortfall) -> new Reason(shortfall.rule(), shortfall.detail()))
						.toList());
		}

	}

	record Reason(String rule, String detail) {

	}

}
