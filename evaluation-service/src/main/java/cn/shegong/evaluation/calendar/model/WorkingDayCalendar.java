package cn.shegong.evaluation.calendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Which days count as working days (工作日) for evaluation deadlines such as the reply
 * window (申辩期). Rest days (weekends by default) and configured statutory holidays are
 * off; configured make-up working days (调休上班) are rest days turned into working days.
 * Each city configures its own dates every year, so none are built in. Evaluation keeps
 * its own copy of this small type rather than sharing procurement's: services share no
 * domain jar.
 */
public record WorkingDayCalendar(Set<DayOfWeek> restDays, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

	public WorkingDayCalendar {
		restDays = Set.copyOf(restDays);
		holidays = Set.copyOf(holidays);
		makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
		// Counting forward must always reach a working day, or plusWorkingDays never
		// ends.
		if (restDays.size() == DayOfWeek.values().length) {
			throw new IllegalArgumentException("a calendar needs at least one regular working day of the week");
		}
		for (LocalDate day : makeUpWorkingDays) {
			requireUsableMakeUpDay(day, restDays, holidays);
		}
	}

	/** Saturdays and Sundays off, no holidays configured. */
	public static WorkingDayCalendar weekendsOff() {
		return new WorkingDayCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), Set.of());
	}

	/** This calendar with the given statutory holidays added. */
	public WorkingDayCalendar withHolidays(Collection<LocalDate> dates) {
		return new WorkingDayCalendar(this.restDays, union(this.holidays, dates), this.makeUpWorkingDays);
	}

	/** This calendar with the given make-up working days (调休) added. */
	public WorkingDayCalendar withMakeUpWorkingDays(Collection<LocalDate> dates) {
		return new WorkingDayCalendar(this.restDays, this.holidays, union(this.makeUpWorkingDays, dates));
	}

	public boolean isWorkingDay(LocalDate day) {
		if (this.makeUpWorkingDays.contains(day)) {
			return true;
		}
		return !this.holidays.contains(day) && !this.restDays.contains(day.getDayOfWeek());
	}

	/**
	 * The day on which the n-th working day after {@code start} falls. Counting starts
	 * the day after {@code start}, the way "within 5 working days of the grade" runs;
	 * {@code start} itself need not be a working day. With n = 0 it is {@code start}.
	 */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("can only count working days forward, got " + n);
		}
		LocalDate day = start;
		int remaining = n;
		while (remaining > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

	private static void requireUsableMakeUpDay(LocalDate day, Set<DayOfWeek> restDays, Set<LocalDate> holidays) {
		if (holidays.contains(day)) {
			throw new IllegalArgumentException(day + " cannot be both a holiday and a make-up working day");
		}
		// A make-up day on a regular working day changes nothing: most likely a typo in
		// the configuration.
		if (!restDays.contains(day.getDayOfWeek())) {
			throw new IllegalArgumentException(
					"make-up working day " + day + " is a " + day.getDayOfWeek() + ", which is a working day anyway");
		}
	}

	private static Set<LocalDate> union(Set<LocalDate> existing, Collection<LocalDate> added) {
		Set<LocalDate> all = new HashSet<>(existing);
		all.addAll(added);
		return all;
	}

}
