package cn.shegong.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.calendar.WorkingDayCalendarAutoConfiguration.CalendarProperties;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarPropertiesTest {

	@Test
	void withNothingConfiguredOnlyWeekendsAreOff() {
		WorkingDayCalendar calendar = new CalendarProperties(null, List.of()).calendar();

		assertThat(calendar).isEqualTo(WorkingDayCalendar.weekendsOff());
	}

	@Test
	void configuredHolidaysAndMakeUpDaysShapeTheChallengeWindow() {
		WorkingDayCalendar calendar = new CalendarProperties(
				List.of("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"), List.of(" 2026-10-10 "))
			.calendar();

		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		// From Tuesday Sep 29: Sep 30, Oct 8, 9, 10 (make-up Saturday), 12, 13, 14.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 29), 7)).isEqualTo(LocalDate.of(2026, 10, 14));
	}

}
