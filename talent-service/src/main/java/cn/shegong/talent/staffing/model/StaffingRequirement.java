package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Talent's own copy of the team a contract demands, as
 * {@code procurement.ContractAwarded} carries it. Defaults are a station project's: at
 * least 6 full-time staff, 4 of them certified [SEED 003], a certified ratio of at least
 * 2/3 and one supervisor per 6 workers [SEED 004].
 *
 * @param minimumFullTimeStaff full-time staff the project must have
 * @param minimumCertified certified full-time staff the project must have
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
	 * Measures the roster on the day against every rule. A certified worker counts only
	 * while the registration is valid that day (DOMAIN §7).
	 */
	public StaffingAssessment assess(Roster roster, Certifications certifications, LocalDate day) {
		Set<String> fullTime = roster.fullTimeStaffOn(day);
		int staff = fullTime.size();
		int certified = (int) fullTime.stream().filter((worker) -> certifications.isCertifiedOn(worker, day)).count();
		Fraction ratio = (staff == 0) ? Fraction.of(0, 1) : Fraction.of(certified, staff);
		int supervisors = roster.workersOn(day, (role) -> role == StaffRole.SUPERVISOR).size();
		int workers = roster.workersOn(day, StaffRole::isSupervisedWorker).size();
		List<Shortfall> shortfalls = Stream
			.of(staffShortfall(staff), certifiedShortfall(certified), ratioShortfall(ratio),
					supervisorShortfall(supervisors, workers))
			.flatMap(Optional::stream)
			.toList();
		return new StaffingAssessment(day, staff, certified, ratio, supervisors, workers, supervisorsFor(workers),
				shortfalls);
	}

	private Optional<Shortfall> staffShortfall(int staff) {
		return shortfallIf(staff < this.minimumFullTimeStaff, "too-few-staff",
				staff + " full-time staff, " + this.minimumFullTimeStaff + " required.");
	}

	private Optional<Shortfall> certifiedShortfall(int certified) {
		return shortfallIf(certified < this.minimumCertified, "too-few-certified",
				certified + " certified, " + this.minimumCertified + " required.");
	}

	private Optional<Shortfall> ratioShortfall(Fraction ratio) {
		return shortfallIf(!ratio.isAtLeast(this.minimumCertifiedRatio), "certified-ratio-too-low",
				"certified ratio " + ratio + ", at least " + this.minimumCertifiedRatio + " required.");
	}

	private Optional<Shortfall> supervisorShortfall(int supervisors, int workers) {
		int required = supervisorsFor(workers);
		return shortfallIf(supervisors < required, "too-few-supervisors", supervisors + " supervisors for " + workers
				+ " workers, " + required + " required at 1:" + this.workersPerSupervisor + ".");
	}

	private static Optional<Shortfall> shortfallIf(boolean fallsShort, String rule, String detail) {
		return fallsShort ? Optional.of(new Shortfall(rule, detail)) : Optional.empty();
	}

	/** Rounds up: a seventh worker needs a second supervisor. */
	int supervisorsFor(int workers) {
		return (workers + this.workersPerSupervisor - 1) / this.workersPerSupervisor;
	}

}
