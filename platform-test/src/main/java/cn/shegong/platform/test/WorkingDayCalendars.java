package cn.shegong.platform.test;

import java.time.LocalDate;
import java.util.List;

import cn.shegong.platform.calendar.WorkingDayCalendar;

/**
 * Calendars for tests. The 2026 dates are TEST DATA shaped like a National Day holiday
 * (Oct 1–7 off, the Sunday before and the Saturday after worked as 调休); they are not the
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
