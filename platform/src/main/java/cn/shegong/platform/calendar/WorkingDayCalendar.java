package cn.shegong.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which days count as working days (工作日) for deadlines such as procurement's 7 working
 * days of a challenge window or evaluation's 5 working days to reply to a grade. Rest
 * days (weekends by default) are off; statutory holidays (法定节假日) are off; make-up working
 * days (调休上班) are rest days that the State Council turns into working days around a long
 * holiday. Each city configures its own dates every year, so none are built in. It lives
 * in the platform because the working days are the State Council's, the same for every
 * service, and not any one service's business rule.
 */
public record WorkingDayCalendar(Set<DayOfWeek> restDays, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {

	public WorkingDayCalendar {
		restDays = Set.copyOf(restDays);
		holidays = Set.copyOf(holidays);
		makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
		// Counting forward must always reach a working day, or addWorkingDays never ends.
		if (restDays.size() == DayOfWeek.values().length) {
			throw new IllegalArgumentException("a calendar needs at least one regular working day of the week");
		}
		for (LocalDate day : makeUpWorkingDays) {
			requireUsableMakeUpDay(day, restDays, holidays);
		}
	}

	/** Saturdays and Sundays off, no holidays configured yet. */
	public static WorkingDayCalendar weekendsOff() {
		return new WorkingDayCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), Set.of());
	}

	/**
	 * Weekends off plus the dates a city configures, as ISO strings ({@code 2026-10-01}),
	 * parsed here so that no locale can read them differently; blank entries are skipped.
	 */
	public static WorkingDayCalendar fromIsoDates(List<String> holidays, List<String> makeUpWorkingDays) {
		return weekendsOff().withHolidays(isoDates(holidays)).withMakeUpWorkingDays(isoDates(makeUpWorkingDays));
	}

	private static List<LocalDate> isoDates(List<String> values) {
		return (values == null) ? List.of()
				: values.stream().map(String::trim).filter((value) -> !value.isEmpty()).map(LocalDate::parse).toList();
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
	 * the day after {@code start}, the way a legal period "within 7 working days of the
	 * notice" runs; {@code start} itself need not be a working day. With n = 0 it is
	 * {@code start}.
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
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

	/**
	 * The working days after {@code from} up to and including {@code to}, so that
	 * {@code workingDaysBetween(a, addWorkingDays(a, n)) == n}; negative when {@code to}
	 * is before {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
	}

	private static void requireUsableMakeUpDay(LocalDate day, Set<DayOfWeek> restDays, Set<LocalDate> holidays) {
		if (holidays.contains(day)) {
			throw new IllegalArgumentException(day + " cannot be both a holiday and a make-up working day");
		}
		// A make-up day on a regular working day changes nothing: most likely a typo.
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
