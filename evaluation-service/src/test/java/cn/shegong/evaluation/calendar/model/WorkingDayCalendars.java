package cn.shegong.evaluation.calendar.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Calendars for tests. The 2026 dates are CONFIGURED TEST DATA shaped like a National Day
 * holiday (Oct 1–7 off, Sunday Sep 27 and Saturday Oct 10 worked as 调休); they are not the
 * official State Council calendar for 2026.
 */
public final class WorkingDayCalendars {

	public static final LocalDate MAKE_UP_SUNDAY = LocalDate.of(2026, 9, 27);

	public static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 10, 10);

	private WorkingDayCalendars() {
	}

	public static WorkingDayCalendar nationalDay2026TestData() {
		List<LocalDate> goldenWeek = LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList();
		return WorkingDayCalendar.weekendsOff()
			.withHolidays(goldenWeek)
			.withMakeUpWorkingDays(List.of(MAKE_UP_SUNDAY, MAKE_UP_SATURDAY));
	}

}
