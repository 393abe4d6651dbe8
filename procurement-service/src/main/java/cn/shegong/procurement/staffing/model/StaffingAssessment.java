package cn.shegong.procurement.staffing.model;

import java.util.List;

/**
 * The figures of a staffing plan measured against a requirement, and every shortfall
 * found. Carries the figures as well as the verdict so that an officer (and the talent
 * service's {@code StaffingChanged} event) can say why.
 *
 * @param fullTimeStaff positions at full time (10000 basis points)
 * @param certified full-time positions held by certified social workers
 * @param certifiedRatio certified ÷ full-time staff; 0/1 when there is no full-time staff
 * @param supervisors supervisor positions, whatever their FTE
 * @param workers frontline and assistant positions, whatever their FTE
 * @param supervisorsRequired supervisors the workers need under the requirement's ratio
 */
public record StaffingAssessment(int fullTimeStaff, int certified, Fraction certifiedRatio, int supervisors,
		int workers, int supervisorsRequired, List<Shortfall> shortfalls) {

	public StaffingAssessment {
		shortfalls = List.copyOf(shortfalls);
	}

	public boolean isCompliant() {
		return this.shortfalls.isEmpty();
	}

	public List<String> shortfallRules() {
		return this.shortfalls.stream().map(Shortfall::rule).toList();
	}

}
