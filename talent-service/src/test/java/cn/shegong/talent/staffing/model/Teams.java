package cn.shegong.talent.staffing.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rosters and registrations of a station project, for the staffing tests. */
final class Teams {

	static final LocalDate START = LocalDate.of(2027, 1, 1);

	static final LocalDate MID_YEAR = LocalDate.of(2027, 6, 30);

	private Teams() {
	}

	/**
	 * A station head, a supervisor and four frontline workers, all full time from the
	 * start: w-1 to w-6.
	 */
	static Roster stationTeam() {
		List<Assignment> assignments = new ArrayList<>();
		assignments.add(Assignment.fullTime("w-1", StaffRole.STATION_HEAD, START));
		assignments.add(Assignment.fullTime("w-2", StaffRole.SUPERVISOR, START));
		for (int worker = 3; worker <= 6; worker++) {
			assignments.add(Assignment.fullTime("w-" + worker, StaffRole.FRONTLINE, START));
		}
		return new Roster(assignments);
	}

	/**
	 * The first {@code count} workers of the station team, registered for three years.
	 */
	static Certifications certifiedFirst(int count) {
		List<CertifiedPeriod> periods = new ArrayList<>();
		for (int worker = 1; worker <= count; worker++) {
			periods.add(new CertifiedPeriod("w-" + worker, START.minusYears(1), START.plusYears(2).minusDays(1)));
		}
		return Certifications.of(periods);
	}

	static Roster plus(Roster roster, Assignment... more) {
		List<Assignment> assignments = new ArrayList<>(roster.assignments());
		assignments.addAll(List.of(more));
		return new Roster(assignments);
	}

}
