package cn.shegong.evaluation.calendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.shegong.platform.calendar.WorkingDayCalendar;
import cn.shegong.platform.test.WorkingDayCalendars;

/**
 * Holiday dates come from {@link WorkingDayCalendars}: configured test data, not
 * official.
 */
class WorkingDayCalendarTest {

	private final WorkingDayCalendar nationalDay = WorkingDayCalendars.nationalDay2026TestData();

	@Test
	void weekdaysWorkAndWeekendsRestByDefault() {
		WorkingDayCalendar plain = WorkingDayCalendar.weekendsOff();

		assertThat(plain.isWorkingDay(LocalDate.of(2026, 9, 25))).isTrue();
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 9, 26))).isFalse();
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 9, 27))).isFalse();
	}

	@Test
	void configuredHolidaysRestAndMakeUpWeekendDaysWork() {
		assertThat(this.nationalDay.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(this.nationalDay.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
		assertThat(this.nationalDay.isWorkingDay(WorkingDayCalendars.MAKE_UP_SUNDAY)).isTrue();
		assertThat(this.nationalDay.isWorkingDay(WorkingDayCalendars.MAKE_UP_SATURDAY)).isTrue();
	}

	@Test
	void fiveWorkingDaysFromAMondayEndOnTheNextMondayWithoutHolidays() {
		assertThat(WorkingDayCalendar.weekendsOff().addWorkingDays(LocalDate.of(2026, 9, 14), 5))
			.isEqualTo(LocalDate.of(2026, 9, 21));
	}

	@Test
	void zeroWorkingDaysIsTheStartItself() {
		LocalDate holiday = LocalDate.of(2026, 10, 3);

		assertThat(this.nationalDay.addWorkingDays(holiday, 0)).isEqualTo(holiday);
	}

	@Test
	void fiveWorkingDaysFromTheEveOfNationalDaySkipTheGoldenWeekAndCountTheMakeUpSaturday() {
		// Oct 8 Thu, 9 Fri, 10 Sat (调休), 12 Mon, 13 Tue.
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(WorkingDayCalendar.weekendsOff().addWorkingDays(LocalDate.of(2026, 9, 30), 5))
			.isEqualTo(LocalDate.of(2026, 10, 7));
	}

	@Test
	void theMakeUpSundayCountsAsTheFirstWorkingDayAfterAFriday() {
		// Sep 27 Sun (调休), 28, 29, 30, then Oct 8 after the holidays.
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 25), 1)).isEqualTo(LocalDate.of(2026, 9, 27));
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 25), 5)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void countingBackwardsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 1), -1));
	}

	@Test
	void aMakeUpDayThatIsAlsoAHolidayIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.weekendsOff()
			.withHolidays(List.of(WorkingDayCalendars.MAKE_UP_SATURDAY))
			.withMakeUpWorkingDays(List.of(WorkingDayCalendars.MAKE_UP_SATURDAY)));
	}

	@Test
	void aMakeUpDayOnAWeekdayIsRefusedAsAProbableTypo() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> WorkingDayCalendar.weekendsOff().withMakeUpWorkingDays(List.of(LocalDate.of(2026, 9, 28))));
	}

	@Test
	void aWeekWithoutAnyWorkingDayIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingDayCalendar(EnumSet.allOf(DayOfWeek.class), Set.of(), Set.of()));
	}

}
