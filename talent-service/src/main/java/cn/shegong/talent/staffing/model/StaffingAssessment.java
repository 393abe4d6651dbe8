package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's team on a day measured against its requirement: the figures, the verdict
 * and every reason it falls short, as {@code talent.StaffingChanged} publishes them.
 *
 * @param fullTimeStaff workers whose assignments that day add up to full time
 * @param certified full-time staff holding a valid registration that day
 * @param certifiedRatio certified ÷ full-time staff; 0/1 when there is none
 * @param supervisors workers in the supervisor role that day, whatever their FTE
 * @param workers frontline and assistant workers that day, whatever their FTE
 * @param supervisorsRequired supervisors the workers need at the requirement's ratio
 */
public record StaffingAssessment(LocalDate assessedOn, int fullTimeStaff, int certified, Fraction certifiedRatio,
		int supervisors, int workers, int supervisorsRequired, List<Shortfall> shortfalls) {

	public StaffingAssessment {
		shortfalls = List.copyOf(shortfalls);
	}

	public boolean isCompliant() {
		return this.shortfalls.isEmpty();
	}

	public List<String> shortfallRules() {
		return this.shortfalls.stream().map(Shortfall::rule).toList();
	}

	/** The reasons as the event carries them, one sentence each. */
	public List<String> reasons() {
		return this.shortfalls.stream().map(Shortfall::detail).toList();
	}

}
