package cn.shegong.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.test.WorkingDayCalendars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * All 2026 holiday and make-up dates below come from
 * {@link WorkingDayCalendars#nationalDay2026TestData()}: test data, not an official
 * calendar.
 */
class WorkingDayCalendarTest {

	private final WorkingDayCalendar nationalDay = WorkingDayCalendars.nationalDay2026TestData();

	@Test
	void weekdaysAreWorkingDaysAndWeekendsAreNotByDefault() {
		WorkingDayCalendar plain = WorkingDayCalendar.weekendsOff();

		assertThat(plain.isWorkingDay(LocalDate.of(2026, 9, 25))).isTrue();
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 9, 26))).isFalse();
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 9, 27))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07" })
	void statutoryHolidaysOnWeekdaysAreNotWorkingDays(String day) {
		assertThat(this.nationalDay.isWorkingDay(LocalDate.parse(day))).isFalse();
	}

	@Test
	void makeUpWeekendDaysAreWorkingDays() {
		assertThat(this.nationalDay.isWorkingDay(WorkingDayCalendars.MAKE_UP_SUNDAY)).isTrue();
		assertThat(this.nationalDay.isWorkingDay(WorkingDayCalendars.MAKE_UP_SATURDAY)).isTrue();
	}

	@Test
	void countingStartsTheDayAfterTheStart() {
		LocalDate monday = LocalDate.of(2026, 9, 14);

		assertThat(WorkingDayCalendar.weekendsOff().addWorkingDays(monday, 1)).isEqualTo(LocalDate.of(2026, 9, 15));
	}

	@Test
	void sevenWorkingDaysFromAMondayEndOnTheNextWednesdayWithoutHolidays() {
		LocalDate monday = LocalDate.of(2026, 9, 14);

		assertThat(WorkingDayCalendar.weekendsOff().addWorkingDays(monday, 7)).isEqualTo(LocalDate.of(2026, 9, 23));
	}

	@Test
	void theDayAfterFridayCanBeAMakeUpSunday() {
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 25), 1))
			.isEqualTo(WorkingDayCalendars.MAKE_UP_SUNDAY);
	}

	@Test
	void oneWorkingDayAfterTheEveOfTheHolidayIsTheDayAfterTheHoliday() {
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void sevenWorkingDaysAcrossTheHolidayCountTheMakeUpSaturday() {
		// Sep 30, Oct 8, Oct 9, Oct 10 (make-up Saturday), Oct 12, Oct 13, Oct 14.
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 29), 7)).isEqualTo(LocalDate.of(2026, 10, 14));
	}

	@Test
	void countingMayStartOnAHoliday() {
		assertThat(this.nationalDay.addWorkingDays(LocalDate.of(2026, 10, 3), 2)).isEqualTo(LocalDate.of(2026, 10, 9));
	}

	@Test
	void zeroWorkingDaysLeaveTheStartAsItIs() {
		LocalDate holiday = LocalDate.of(2026, 10, 1);

		assertThat(this.nationalDay.addWorkingDays(holiday, 0)).isEqualTo(holiday);
	}

	@Test
	void countingBackwardsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.nationalDay.addWorkingDays(LocalDate.of(2026, 9, 1), -1));
	}

	@Test
	void workingDaysBetweenCountsAfterTheFirstDateUpToAndIncludingTheSecond() {
		assertThat(this.nationalDay.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8)))
			.isEqualTo(1);
		assertThat(this.nationalDay.workingDaysBetween(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28)))
			.isEqualTo(2);
	}

	@Test
	void workingDaysBetweenASameDayIsZero() {
		LocalDate day = LocalDate.of(2026, 9, 29);

		assertThat(this.nationalDay.workingDaysBetween(day, day)).isZero();
	}

	@Test
	void workingDaysBetweenUndoesAddingWorkingDays() {
		LocalDate start = LocalDate.of(2026, 9, 20);

		for (int n = 0; n <= 30; n++) {
			assertThat(this.nationalDay.workingDaysBetween(start, this.nationalDay.addWorkingDays(start, n)))
				.isEqualTo(n);
		}
	}

	@Test
	void workingDaysBetweenIsNegativeWhenTheSecondDateComesFirst() {
		assertThat(this.nationalDay.workingDaysBetween(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 9, 29)))
			.isEqualTo(-7);
	}

	@Test
	void aDateCannotBeBothAHolidayAndAMakeUpDay() {
		LocalDate sunday = WorkingDayCalendars.MAKE_UP_SUNDAY;

		assertThatIllegalArgumentException().isThrownBy(() -> this.nationalDay.withHolidays(List.of(sunday)))
			.withMessageContaining("2026-09-27");
	}

	@Test
	void aMakeUpDayOnARegularWorkingDayIsRefusedAsAMistake() {
		LocalDate tuesday = LocalDate.of(2026, 9, 29);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkingDayCalendar.weekendsOff().withMakeUpWorkingDays(List.of(tuesday)))
			.withMessageContaining("TUESDAY");
	}

	@Test
	void aCalendarWithoutAnyWorkingWeekdayIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingDayCalendar(EnumSet.allOf(DayOfWeek.class), Set.of(), Set.of()));
	}

	@Test
	void restDaysAreConfigurable() {
		WorkingDayCalendar sundaysOnly = new WorkingDayCalendar(EnumSet.of(DayOfWeek.SUNDAY), Set.of(), Set.of());

		assertThat(sundaysOnly.isWorkingDay(LocalDate.of(2026, 9, 26))).isTrue();
		assertThat(sundaysOnly.isWorkingDay(LocalDate.of(2026, 9, 27))).isFalse();
	}

	@Test
	void fiveWorkingDaysFromAMondayEndOnTheNextMondayWithoutHolidays() {
		assertThat(WorkingDayCalendar.weekendsOff().addWorkingDays(LocalDate.of(2026, 9, 14), 5))
			.isEqualTo(LocalDate.of(2026, 9, 21));
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

}
