package cn.shegong.procurement.staffing.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The team a project demands of whoever delivers it. Defaults are those of a station
 * project: at least 6 full-time staff of whom at least 4 certified [SEED 003], a
 * certified ratio of at least 2/3 and one supervisor per 6 workers [SEED 004]. A city
 * configures its own (Zhejiang asks for 3 certified per station, Shenzhen supervises 1:20
 * [LOC]).
 *
 * @param minimumFullTimeStaff full-time positions the plan must have
 * @param minimumCertified certified full-time positions the plan must have
 * @param minimumCertifiedRatio least share of full-time staff that is certified
 * @param workersPerSupervisor workers one supervisor may look after
 */
public record StaffingRequirement(int minimumFullTimeStaff, int minimumCertified, Fraction minimumCertifiedRatio,
		int workersPerSupervisor) {

	public StaffingRequirement {
		if (minimumFullTimeStaff < 0 || minimumCertified < 0) {
			throw new IllegalArgumentException("minimum staff and certified staff cannot be negative, were "
					+ minimumFullTimeStaff + " and " + minimumCertified);
		}
		if (minimumCertifiedRatio == null || minimumCertifiedRatio.isGreaterThan(Fraction.of(1, 1))) {
			throw new IllegalArgumentException("a certified ratio lies between 0 and 1, was " + minimumCertifiedRatio);
		}
		if (workersPerSupervisor < 1) {
			throw new IllegalArgumentException(
					"a supervisor looks after at least one worker, was " + workersPerSupervisor);
		}
	}

	/** A station project's requirement [SEED 003, SEED 004]. */
	public static StaffingRequirement defaults() {
		return new StaffingRequirement(6, 4, Fraction.of(2, 3), 6);
	}

	/**
	 * Measures the plan against every rule of this requirement and lists each shortfall.
	 */
	public StaffingAssessment isMetBy(StaffingPlan plan) {
		int staff = plan.countFullTime();
		int certified = plan.countFullTimeCertified();
		Fraction ratio = (staff == 0) ? Fraction.of(0, 1) : Fraction.of(certified, staff);
		int supervisors = plan.countInRole(StaffRole.SUPERVISOR);
		int workers = plan.countSupervisedWorkers();
		List<Shortfall> shortfalls = Stream
			.of(staffShortfall(staff), certifiedShortfall(certified), ratioShortfall(ratio),
					supervisorShortfall(supervisors, workers))
			.flatMap(Optional::stream)
			.toList();
		return new StaffingAssessment(staff, certified, ratio, supervisors, workers, supervisorsFor(workers),
				shortfalls);
	}

	private Optional<Shortfall> staffShortfall(int staff) {
		return shortfallIf(staff < this.minimumFullTimeStaff, "too-few-staff", "The plan has " + staff
				+ " full-time staff; the project requires at least " + this.minimumFullTimeStaff + ".");
	}

	private Optional<Shortfall> certifiedShortfall(int certified) {
		return shortfallIf(certified < this.minimumCertified, "too-few-certified", "The plan has " + certified
				+ " certified full-time staff; the project requires at least " + this.minimumCertified + ".");
	}

	private Optional<Shortfall> ratioShortfall(Fraction ratio) {
		return shortfallIf(!ratio.isAtLeast(this.minimumCertifiedRatio), "certified-ratio-too-low",
				"Certified staff are " + ratio + " of the full-time staff; the project requires at least "
						+ this.minimumCertifiedRatio + ".");
	}

	private Optional<Shortfall> supervisorShortfall(int supervisors, int workers) {
		int required = supervisorsFor(workers);
		return shortfallIf(supervisors < required, "too-few-supervisors",
				"The plan has " + supervisors + " supervisors for " + workers + " workers; at 1:"
						+ this.workersPerSupervisor + " the project requires at least " + required + ".");
	}

	private static Optional<Shortfall> shortfallIf(boolean fallsShort, String rule, String detail) {
		return fallsShort ? Optional.of(new Shortfall(rule, detail)) : Optional.empty();
	}

	/** Rounds up: a seventh worker needs a second supervisor. */
	int supervisorsFor(int workers) {
		return (workers + this.workersPerSupervisor - 1) / this.workersPerSupervisor;
	}

}
